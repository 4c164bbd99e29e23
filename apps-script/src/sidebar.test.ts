import { describe, expect, it } from 'vitest'
import { createServices } from './services'
import { addonSidebar, showAddonSidebar } from './sidebar'
import { createFakeAppsScript } from './testing/fake-apps-script'

describe('add-on sidebar', () => {
  it('opens with a title and text in the user language', () => {
    const fake = createFakeAppsScript({ locale: 'es' })
    showAddonSidebar(createServices(fake.globals))
    expect(fake.ui.sidebars).toHaveLength(1)
    const [sidebar] = fake.ui.sidebars
    expect(sidebar?.title).toBe('Herramientas de difusión de LACRALO')
    expect(sidebar?.html).toContain('<html lang="es">')
    expect(sidebar?.html).toContain(
      'Esta hoja de cálculo está conectada a las herramientas de difusión de LACRALO.'
    )
  })

  it('speaks English to a user whose language the toolkit does not have', () => {
    const fake = createFakeAppsScript({ locale: 'ja' })
    showAddonSidebar(createServices(fake.globals))
    expect(fake.ui.sidebars[0]?.title).toBe('LACRALO Outreach Toolkit')
    expect(fake.ui.sidebars[0]?.html).toContain('<html lang="en">')
  })

  it.each([
    ['pt', 'Ferramentas de divulgação da LACRALO', 'Esta planilha está conectada'],
    ['fr', 'Outils de sensibilisation de LACRALO', 'Cette feuille de calcul est reliée'],
  ])('has its own title and text in %s', (locale, title, text) => {
    const sidebar = addonSidebar(locale as 'pt' | 'fr')
    expect(sidebar.title).toBe(title)
    expect(sidebar.html).toContain(`<html lang="${locale}">`)
    expect(sidebar.html).toContain(text)
  })
})
