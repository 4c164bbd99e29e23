import { describe, expect, it } from 'vitest'
import { addonSidebar, SIDEBAR_BOOT_MARKER } from '../sidebar'
import { readBoot } from './boot'

function bootBlock(html: string): string {
  return /<script type="application\/json" id="sidebar-boot">(.*?)<\/script>/.exec(html)?.[1] ?? ''
}

describe('readBoot', () => {
  it('reads the locale the server put into the page', () => {
    const page = `<script type="application/json" id="sidebar-boot">${SIDEBAR_BOOT_MARKER}</script>`
    expect(readBoot(bootBlock(addonSidebar('pt', page).html))).toEqual({
      locale: 'pt',
      title: 'Ferramentas de divulgação da LACRALO',
    })
  })

  it('starts in English when the page was opened without the server', () => {
    expect(readBoot(SIDEBAR_BOOT_MARKER)).toEqual({ locale: 'en', title: null })
  })

  it.each([
    ['not JSON', '{locale: es'],
    ['an unknown language', '{"locale":"de","title":""}'],
    ['a locale that is not a string', '{"locale":["es"]}'],
    ['null', 'null'],
    ['nothing', null],
  ])('falls back to English for %s', (_case, text) => {
    expect(readBoot(text)).toEqual({ locale: 'en', title: null })
  })
})
