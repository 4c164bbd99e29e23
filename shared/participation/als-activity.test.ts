import { describe, expect, it } from 'vitest'
import { alsActivities, alsActivity } from './als-activity'

const members = [
  { id: 'm-1', name: 'Ana Pérez', alsId: 'ALS-UY-01' },
  { id: 'm-2', name: 'Luis Gómez', alsId: 'ALS-UY-01' },
  { id: 'm-3', name: 'Zoë Saldaña', alsId: 'ALS-DO-01' },
  { id: 'm-4', name: 'Kwame Joseph', alsId: 'ALS-DO-01' },
  { id: 'm-5', name: 'Marie Louis', alsId: null },
]
const activity = new Map(
  Object.entries({ 'm-1': true, 'm-2': false, 'm-3': false, 'm-4': true, 'm-5': true }).map(
    ([id, active]) => [id, { active }]
  )
)

describe('alsActivity', () => {
  it('is active when one of its listed representatives is, and names them', () => {
    const result = alsActivity(
      { id: 'ALS-UY-01', representatives: ['m-2', 'm-1'] },
      members,
      activity
    )
    expect(result).toMatchObject({
      active: true,
      basis: 'representatives',
      considered: 2,
      activeMembers: [{ id: 'm-1', name: 'Ana Pérez' }],
    })
    expect(result.message).toBe('active representatives: Ana Pérez (1 of 2)')
  })

  it('is not active when none of its representatives is, even if another member is', () => {
    // m-4 is active and a member of ALS-DO-01, but only m-3 represents it.
    const result = alsActivity({ id: 'ALS-DO-01', representatives: ['m-3'] }, members, activity)
    expect(result).toMatchObject({ active: false, basis: 'representatives' })
    expect(result.message).toBe('none of its representatives is active (1 listed)')
  })

  it('falls back on its members when it lists no representatives, and says so', () => {
    const result = alsActivity({ id: 'ALS-DO-01', representatives: [] }, members, activity, {
      locale: 'es',
    })
    expect(result).toMatchObject({ active: true, basis: 'members', considered: 2 })
    expect(result.message).toBe(
      'no tiene representantes en la lista, así que cuentan sus miembros; activos: Kwame Joseph (1 de 2)'
    )
  })

  it('is not active with no representatives and no members, and says what is missing', () => {
    const result = alsActivity({ id: 'ALS-GY-01', representatives: [] }, members, activity)
    expect(result).toMatchObject({ active: false, basis: 'members', considered: 0 })
    expect(result.message).toBe(
      'no representatives listed, and no member of this ALS on the Members tab'
    )
  })

  it('counts a representative missing from the Members tab as not active, and names the ID', () => {
    const result = alsActivity(
      { id: 'ALS-UY-01', representatives: ['m-404', 'm-2'] },
      members,
      activity,
      { locale: 'fr' }
    )
    expect(result).toMatchObject({
      active: false,
      unknownRepresentatives: ['m-404'],
      considered: 2,
    })
    expect(result.message).toBe(
      'aucun de ses représentants n’est actif (2 dans la liste) ; absents de l’onglet Members : m-404'
    )
  })
})

describe('alsActivities', () => {
  it('gives the same answer for each ALS as alsActivity', () => {
    const alses = [
      { id: 'ALS-UY-01', representatives: ['m-1'] },
      { id: 'ALS-DO-01', representatives: [] },
    ]
    const all = alsActivities(alses, members, activity)
    for (const als of alses) expect(all.get(als.id)).toEqual(alsActivity(als, members, activity))
  })
})
