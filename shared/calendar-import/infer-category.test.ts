import { describe, expect, it } from 'vitest'
import { inferCategory, inferFormat } from './infer-category'

describe('inferCategory', () => {
  it.each([
    ['ICANN76 Community Forum Cancun, Mexico', 'icann-meeting'],
    ['ICANN 78 Annual General Meeting', 'icann-meeting'],
    ['ICANN77 Washington DC', 'icann-meeting'],
    ['LAC GAC Webinar', 'webinar'],
    ['ICANN77 LAC GAC Webinar', 'webinar'],
    ['Seminario web sobre DNSSEC', 'webinar'],
    ['First LAC Roadshow Honduras Tegucigalpa', 'roadshow'],
    ['CTU ICT Roadshow', 'roadshow'],
    ['CaribNOG 25', 'technical-community'],
    ['LACNIC/LACNOG Fortaleza Brasil', 'technical-community'],
    ['IX Forum Porto Alegre', 'technical-community'],
    ['IX National Meeting NIC.br', 'technical-community'],
    ['Technical Workshop - Chief Technical Advisors Caribnog CTU', 'technical-community'],
    ['LAC IGF 2023', 'governance-forum'],
    ['CTU 19th IGF, 2nd YIGF', 'governance-forum'],
    ['CTU 34th Anniversary', 'telecom-policy'],
    ['CITEL Dominican Republic', 'telecom-policy'],
    ['CANTO 39th AGM', 'telecom-policy'],
    ['CARTICOM ICT luster Meeting', 'telecom-policy'],
    ['LACRALO General Assembly 2023 Cancun Mexico', 'lacralo-meeting'],
    ['LACRALO 1st Capacity Development Webinar', 'capacity-building'],
    ['Desarrollo de capacidades: DNS', 'capacity-building'],
    ['UCC ICANN101', 'capacity-building'],
    ['Montevideo Office All Hands', 'other'],
    ['RightsCon Costa Rica', 'other'],
  ])('%s is %s', (title, category) => {
    expect(inferCategory(title)).toBe(category)
  })
})

describe('inferFormat', () => {
  it('reads webinars and calls as virtual, "hybrid" as hybrid, the rest as in person', () => {
    expect(inferFormat('LAC GAC Webinar')).toBe('virtual')
    expect(inferFormat('LAC Strategy Council Call Bimonthly Call')).toBe('virtual')
    expect(inferFormat('Webinario en línea')).toBe('virtual')
    expect(inferFormat('Asamblea General (híbrida)')).toBe('hybrid')
    expect(inferFormat('CaribNOG 25')).toBe('in-person')
  })
})
