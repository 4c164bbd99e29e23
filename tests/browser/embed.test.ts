// The embed page in a real Chromium: Spanish at phone width, wide layout, no JavaScript, framing.
import { mkdirSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium'
import { upcomingEvents } from './upcoming-events'

const baseUrl = inject('baseUrl')
const wikiOrigin = inject('wikiOrigin')
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')

// What global-setup published beside the 2023 calendar, soonest first.
const UPCOMING_TITLES = upcomingEvents(new Date()).map((event) => event.title)

let browser: Browser

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function openEmbed(
  query: string,
  options: BrowserContextOptions & { width: number }
): Promise<{ page: Page; status: number | undefined; cspViolations: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    ...options,
  })
  const page = await context.newPage()
  const cspViolations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
  })
  const response = await page.goto(`${baseUrl}/embed${query}`)
  return { page, status: response?.status(), cspViolations }
}

/** A one-page HTTP server on 127.0.0.1 (`port` '0' picks a free one). */
async function serveLoopback(
  port: string,
  html: string
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(html)
  })
  await new Promise<void>((resolve) => server.listen(Number(port), '127.0.0.1', resolve))
  const address = server.address()
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  // A string, not a function: these tests are typechecked without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

describe('the embed page in Chromium', () => {
  it('lists the next events in Spanish at 360 px, styled, with nothing overflowing', async () => {
    const { page, status, cspViolations } = await openEmbed('?lang=es', { width: 360 })
    expect(status).toBe(200)
    expect(await page.locator('h1').textContent()).toBe('Próximos eventos de alcance')
    expect(await page.locator('.event .title').allTextContents()).toEqual(UPCOMING_TITLES)
    const events = page.locator('.event')
    await expect(events.nth(0).locator('.tags').textContent()).resolves.toMatch(/Seminario web/)
    await expect(events.nth(2).locator('.tags').textContent()).resolves.toMatch(/Por confirmar/)
    await expect(events.nth(3).locator('.tags').textContent()).resolves.toMatch(/Cancelado/)
    await expect(events.nth(1).locator('.where').textContent()).resolves.toMatch(
      /Port of Spain, Trinidad y Tobago/
    )
    // Dates are written the Spanish way, e.g. "vie, 12 de diciembre de 2026".
    const whenText = await events.nth(2).locator('.when').textContent()
    const monthName = new Intl.DateTimeFormat('es', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.now() + 20 * 86_400_000)
    )
    expect(whenText).toContain(` de ${monthName} de `)
    // The inline stylesheet applies (its hash is in the CSP) and nothing was refused.
    expect(cspViolations).toEqual([])
    expect(await page.evaluate<string>('getComputedStyle(document.body).paddingLeft')).toBe('12px')
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'embed-es-360.png'), fullPage: true })
    await page.context().close()
  })

  it('puts the date beside each event at 1000 px, still without overflow', async () => {
    const { page } = await openEmbed('?lang=es', { width: 1000 })
    const first = page.locator('.event').first()
    const when = await first.locator('.when').boundingBox()
    const title = await first.locator('.title').boundingBox()
    expect(when && title && when.x + when.width <= title.x).toBe(true)
    expect(when && title && Math.abs(when.y - title.y) < 8).toBe(true)
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'embed-es-1000.png'), fullPage: true })
    await page.context().close()
  })

  it('shows the same list with JavaScript disabled', async () => {
    const { page, status } = await openEmbed('?lang=es', { width: 360, javaScriptEnabled: false })
    expect(status).toBe(200)
    expect(await page.locator('.event .title').allTextContents()).toEqual(UPCOMING_TITLES)
    expect(await page.locator('#feed-url').inputValue()).toBe(`${baseUrl}/calendar.ics?lang=es`)
    await page.screenshot({ path: path.join(ARTIFACTS, 'embed-es-360-no-js.png'), fullPage: true })
    await page.context().close()
  })

  it('switches language with a link, keeping the selection', async () => {
    const { page } = await openEmbed('?lang=es&subregion=caribbean', { width: 360 })
    await page.getByRole('link', { name: 'Français' }).click()
    await page.waitForURL(/lang=fr/)
    expect(new URL(page.url()).searchParams.get('subregion')).toBe('caribbean')
    expect(await page.locator('h1').textContent()).toBe('Événements de sensibilisation à venir')
    expect(await page.locator('.event .title').allTextContents()).toEqual([UPCOMING_TITLES[1]])
    expect(await page.locator('.event .where').textContent()).toContain('Trinité-et-Tobago')
    await page.context().close()
  })

  it('gives a read-only feed URL and subscribe links for calendar apps', async () => {
    const { page } = await openEmbed('?lang=pt&category=webinar', { width: 360 })
    const feed = page.locator('#feed-url')
    expect(await feed.isEditable()).toBe(false)
    const feedUrl = `${baseUrl}/calendar.ics?category=webinar&lang=pt`
    expect(await feed.inputValue()).toBe(feedUrl)
    const webcal = page.getByRole('link', { name: 'Calendário da Apple e outros aplicativos' })
    expect(await webcal.getAttribute('href')).toBe(feedUrl.replace('http://', 'webcal://'))
    const google = await page.getByRole('link', { name: 'Google Agenda' }).getAttribute('href')
    expect(new URL(google ?? '').searchParams.get('cid')).toBe(
      feedUrl.replace('http://', 'webcal://')
    )
    const outlook = await page.getByRole('link', { name: 'Outlook', exact: true }).last()
    expect(new URL((await outlook.getAttribute('href')) ?? '').searchParams.get('url')).toBe(
      feedUrl
    )
    // The feed it points at answers, with the webinar in it.
    const ics = await (await fetch(feedUrl)).text()
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Aceptación Universal')
    await page.context().close()
  })

  it('can be framed by the configured wiki page, and by no other site', async () => {
    const wikiPage = `<!DOCTYPE html><title>Wiki</title><h1>LACRALO wiki</h1>
      <iframe title="Outreach events" src="${baseUrl}/embed?lang=es" width="360" height="700"></iframe>`
    // Two loopback sites serve the same page: the configured wiki, and one not configured.
    const wiki = await serveLoopback(new URL(wikiOrigin).port, wikiPage)
    const other = await serveLoopback('0', wikiPage)
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } })
    try {
      const wikiTab = await context.newPage()
      await wikiTab.goto(`${wiki.origin}/display/LACRALO/Outreach`)
      const framed = wikiTab.frameLocator('iframe')
      await framed.locator('.event').first().waitFor({ timeout: 10_000 })
      expect(await framed.locator('.event .title').allTextContents()).toEqual(UPCOMING_TITLES)
      await wikiTab.screenshot({ path: path.join(ARTIFACTS, 'embed-in-wiki.png') })

      const otherTab = await context.newPage()
      const refusals: string[] = []
      otherTab.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) refusals.push(message.text())
      })
      await otherTab.goto(`${other.origin}/copied-page`)
      await expect.poll(() => refusals.length, { timeout: 10_000 }).toBeGreaterThan(0)
      expect(await otherTab.frameLocator('iframe').locator('.event').count()).toBe(0)
    } finally {
      await context.close()
      await Promise.all([wiki.close(), other.close()])
    }
  })
})
