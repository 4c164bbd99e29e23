import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../shared/i18n/locales'
import { sidebarText } from './sidebar-text'

describe('sidebarText', () => {
  it('speaks each language of the toolkit', () => {
    expect(LOCALES.map((locale) => sidebarText(locale)('sidebar.sync.button'))).toEqual([
      'Sync now',
      'Sincronizar ahora',
      'Sincronizar agora',
      'Synchroniser maintenant',
    ])
  })

  it('writes numbers the way the language writes them', () => {
    expect(sidebarText('es')('sidebar.problem.more', { shown: 500, count: 12345 })).toBe(
      'Aquí se muestran los primeros 500 de 12.345 problemas; todos están marcados en la hoja.'
    )
    expect(sidebarText('en')('sidebar.problem.more', { shown: 500, count: 12345 })).toContain(
      'first 500 of 12,345 problems'
    )
    // French groups thousands with a narrow no-break space.
    expect(sidebarText('fr')('sidebar.problem.more', { shown: 500, count: 12345 })).toContain(
      '500 premiers des 12\u202f345 problèmes'
    )
  })

  it('puts text parameters in as given and leaves an unfilled placeholder visible', () => {
    expect(sidebarText('pt')('sidebar.import.busyFile', { file: 'calendário 2024.csv' })).toBe(
      'Importando calendário 2024.csv…'
    )
    expect(sidebarText('en')('sidebar.import.busyFile')).toBe('Importing {file}…')
  })
})
