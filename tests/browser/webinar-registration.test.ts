// Registering for a webinar in a real Chromium: Spanish, Universal Acceptance addresses, errors, no JS.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './chromium'
import { browserWebinars, publishWebinars } from './webinar-fixtures'

const baseUrl = inject('baseUrl')
const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts')
const CONFIRMATION = /\/webinars\/[a-z0-9-]+\/registered\/[A-Za-z0-9_-]{43}\?lang=es$/

let browser: Browser

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
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

async function newPage(options: BrowserContextOptions & { width: number }): Promise<Page> {
  const { width, ...contextOptions } = options
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'es-419',
    ...contextOptions,
  })
  return context.newPage()
}

async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
  // A string, not a function: these tests are typechecked without the DOM's types.
  return page.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth')
}

async function fillForm(
  page: Page,
  person: { name: string; email: string; country: string; affiliation?: string; language?: string }
): Promise<void> {
  await page.getByLabel('Nombre completo').fill(person.name)
  await page.getByLabel('Correo electrónico').fill(person.email)
  await page.getByLabel('País o territorio donde vive').selectOption(person.country)
  if (person.affiliation)
    await page.getByLabel('Organización, universidad o ALS').fill(person.affiliation)
  if (person.language) await page.getByLabel('Su idioma preferido').selectOption(person.language)
  await page.locator('#field-consent').check()
}

describe('registering in Chromium', () => {
  it('registers josé@correo.example in Spanish from the list to the confirmation, at 360 px', async () => {
    const page = await newPage({ width: 360 })
    const cspViolations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    await page.goto(`${baseUrl}/webinars?lang=es`)
    expect(await page.locator('h1').textContent()).toBe(
      'Webinars de fortalecimiento de capacidades'
    )
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'webinar-list-es-360.png'), fullPage: true })

    await page
      .getByRole('link', {
        name: 'Inscribirse en Aceptación Universal: correo electrónico en todos los idiomas',
      })
      .click()
    await page.waitForURL(/\/webinars\/aceptacion-universal\?lang=es$/)
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({ path: path.join(ARTIFACTS, 'webinar-form-es-360.png'), fullPage: true })

    await fillForm(page, {
      name: 'José Martí Pérez',
      email: 'josé@correo.example',
      country: 'CU',
      affiliation: 'Universidad de La Habana',
    })
    await page.getByRole('button', { name: 'Inscribirme' }).click()
    await page.waitForURL(CONFIRMATION)
    expect(await page.locator('h1').textContent()).toBe('Su inscripción está confirmada')
    expect(await page.locator('main').textContent()).toContain(
      '«Aceptación Universal: correo electrónico en todos los idiomas»'
    )
    // In the webinar's own zone first (Mexico City), then in UTC.
    const times = await page.locator('.times time').allTextContents()
    expect(times).toHaveLength(2)
    expect(times[0]).toMatch(/\(GMT−6\)$/)
    expect(times[1]).toMatch(/\(UTC\)$/)
    expect(page.url()).not.toContain('correo')
    expect(cspViolations).toEqual([])
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-confirmation-es-360.png'),
      fullPage: true,
    })

    // The time-zone switch is a plain GET form: it works the same without JavaScript.
    await page.getByLabel('Mostrar la hora en').selectOption('America/Sao_Paulo')
    await page.getByRole('button', { name: 'Mostrar' }).click()
    await page.waitForURL(/tz=America%2FSao_Paulo/)
    expect(await page.locator('.times time').first().textContent()).toMatch(/\(GMT−3\)$/)
    await page.context().close()
  })

  it('registers 用户@例子.广告 with a name in Chinese characters, at 1280 px', async () => {
    const page = await newPage({ width: 1280 })
    await page.goto(`${baseUrl}/webinars/modelo-multisectorial?lang=es`)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-form-es-1280.png'),
      fullPage: true,
    })
    await fillForm(page, {
      name: '王小明',
      email: '用户@例子.广告',
      country: 'other',
      language: 'en',
    })
    await page.getByRole('button', { name: 'Inscribirme' }).click()
    await page.waitForURL(CONFIRMATION)
    expect(await page.locator('h1').textContent()).toBe('Su inscripción está confirmada')
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-confirmation-es-1280.png'),
      fullPage: true,
    })
    await page.goto(`${baseUrl}/webinars?lang=es`)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-list-es-1280.png'),
      fullPage: true,
    })
    await page.context().close()
  })

  it('shows the Spanish error beside the email field, keeps the values and focuses the summary', async () => {
    const page = await newPage({ width: 360 })
    await page.goto(`${baseUrl}/webinars/gobernanza-de-internet?lang=es`)
    await fillForm(page, { name: 'Ana Lúcia', email: 'ana.correo.example', country: 'BR' })
    await page.getByRole('button', { name: 'Inscribirme' }).click()
    await page.waitForSelector('.error-summary')
    const error = page.locator('#error-email')
    expect(await error.textContent()).toMatch(/^Correo electrónico: La dirección no tiene @/)
    const email = page.getByLabel('Correo electrónico')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await email.inputValue()).toBe('ana.correo.example')
    expect(await page.getByLabel('Nombre completo').inputValue()).toBe('Ana Lúcia')
    // Beside the field: between its label and the box, within the same block.
    const errorBox = await error.boundingBox()
    const inputBox = await email.boundingBox()
    expect(errorBox && inputBox && inputBox.y - (errorBox.y + errorBox.height)).toBeLessThan(16)
    expect(await page.evaluate<string | undefined>('document.activeElement?.className')).toBe(
      'error-summary'
    )
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-form-error-es-360.png'),
      fullPage: true,
    })

    // The summary's link takes the reader to the field.
    await page.locator('.error-summary a').click()
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe(
      'field-email'
    )
    await email.fill('ana@correo.example')
    await page.getByRole('button', { name: 'Inscribirme' }).click()
    await page.waitForURL(CONFIRMATION)
    await page.context().close()
  })

  it('does the same with JavaScript disabled: errors from the server, then a registration', async () => {
    const page = await newPage({ width: 320, javaScriptEnabled: false })
    await page.goto(`${baseUrl}/webinars/sin-javascript?lang=es`)
    await fillForm(page, {
      name: 'Lucía Quispe Mamani',
      email: 'lucía@@correo.example',
      country: 'PE',
    })
    await page.locator('#field-consent').uncheck()
    await page.getByRole('button', { name: 'Inscribirme' }).click()
    await page.waitForSelector('.error-summary')
    expect(await page.locator('#error-email').textContent()).toMatch(/^Correo electrónico: /)
    expect(await page.locator('#error-consent').textContent()).toContain('marque la casilla')
    expect(await page.getByLabel('Correo electrónico').inputValue()).toBe('lucía@@correo.example')
    expect(await hasNoHorizontalOverflow(page)).toBe(true)
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-form-error-nojs-320.png'),
      fullPage: true,
    })

    await page.getByLabel('Correo electrónico').fill('lucía@correo.example')
    await page.locator('#field-consent').check()
    await page.getByRole('button', { name: 'Inscribirme' }).click()
    await page.waitForURL(CONFIRMATION)
    expect(await page.locator('h1').textContent()).toBe('Su inscripción está confirmada')

    // Cancelling needs no script either: the link asks, the button posts.
    await page.getByRole('link', { name: 'Cancelar mi inscripción' }).click()
    expect(await page.locator('h1').textContent()).toBe('¿Cancelar su inscripción?')
    await page.getByRole('button', { name: 'Sí, cancelar mi inscripción' }).click()
    await page.waitForURL(/\/cancelled\?lang=es$/)
    expect(await page.locator('h1').textContent()).toBe('Su inscripción está cancelada')
    await page.context().close()
  })

  it('puts the second person on a full webinar on the waiting list and says what that means', async () => {
    const page = await newPage({ width: 1280 })
    for (const [index, person] of ['Primera', 'Segunda', 'Tercera'].entries()) {
      await page.goto(`${baseUrl}/webinars/dnssec-en-la-region?lang=es`)
      await fillForm(page, {
        name: `${person} Persona`,
        email: `persona${index}@ejemplo.org`,
        country: 'AR',
      })
      await page.locator('form.register button[type=submit]').click()
      await page.waitForURL(CONFIRMATION)
    }
    expect(await page.locator('h1').textContent()).toBe('Está en la lista de espera')
    expect(await page.locator('.notice').textContent()).toContain('Si alguien cancela')
    await page.screenshot({
      path: path.join(ARTIFACTS, 'webinar-waitlisted-es-1280.png'),
      fullPage: true,
    })
    await page.context().close()
  })
})
