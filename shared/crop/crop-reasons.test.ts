import { describe, expect, it } from 'vitest'
import { LOCALES, type Locale } from '../i18n/locales'
import { valueLabel } from '../i18n/messages/schema'
import type { ActivityReason } from '../participation/member-activity'
import { countryName } from '../reference/countries'
import {
  type CropReasonCode,
  type CropReasonParams,
  cropReason,
  type ReasonLabels,
} from './crop-reasons'

const labels = (locale: Locale): ReasonLabels => ({
  locale,
  country: (code) => countryName(code, locale),
  subregion: (subregion) => valueLabel('subregion', subregion, locale),
  als: (id) => (id === 'ALS-JM-01' ? 'Jamaica Internet Society' : id),
  tripStatus: (status) => valueLabel('cropTripStatus', status, locale),
})
const activity: ActivityReason = {
  code: 'calls',
  calls: { attended: 4, of: 6, required: 3, from: '2026-01-14', to: '2026-06-10' },
  vote: {
    counts: true,
    election: { start: '2026-03-10', end: '2026-03-10' },
    voted: false,
    date: null,
  },
}

// One example of every reason, with the figures a real shortlist gives.
const EXAMPLES: { [C in CropReasonCode]: CropReasonParams[C] } = {
  'tier1-country': { country: 'TT', subregion: 'caribbean' },
  'tier1-subregion': { country: 'JM', subregion: 'caribbean' },
  tier2: { country: 'BR', subregion: 'south-america', eventSubregion: 'caribbean' },
  'tier2-no-subregion': { country: 'BR', subregion: 'south-america' },
  participation: { activity, other: 2 },
  rotation: { count: 1, lastDate: '2025-10-01' },
  diversity: {
    direction: 'up',
    from: 3,
    to: 2,
    traits: ['country', 'als'],
    country: 'JM',
    als: 'ALS-JM-01',
    gender: null,
  },
  'conflict-note': { description: 'Advises a registrar' },
  proposed: { slot: 1, slots: 2 },
  reserve: { order: 1 },
  'no-country': {},
  'outside-region': { country: 'US' },
  inactive: { activity: { ...activity, code: 'inactive' } },
  'no-go-conflict': { description: 'CEO of an ISP' },
  'already-travelling': { status: 'approved' },
  'wider-region-not-offered': {
    country: 'BR',
    subregion: 'south-america',
    eventSubregion: 'caribbean',
  },
  'no-trips-left': { fiscalYear: 'FY27', used: 5, allowed: 5 },
  'slots-reduced': { requested: 3, left: 1, slots: 1, fiscalYear: 'FY27' },
  'deadline-passed': { deadline: '2026-07-20', days: 1 },
  'not-crop-eligible': {},
  cancelled: {},
  'event-outside-region': {},
  'wider-region-short': { count: 1, slots: 2, subregion: 'caribbean' },
  'wider-region-requested': {},
}

describe('cropReason', () => {
  it.each(LOCALES)('has a complete sentence for every reason in %s', (locale) => {
    for (const [code, params] of Object.entries(EXAMPLES)) {
      const reason = cropReason(code as CropReasonCode, params as never, labels(locale))
      expect(reason.code).toBe(code)
      expect(reason.params).toEqual(params)
      expect([code, reason.message]).not.toEqual([code, expect.stringMatching(/\{\w+\}|^crop\./)])
    }
  })

  it('names countries, sub-regions and ALSes in the reader’s language', () => {
    expect(cropReason('tier2', EXAMPLES.tier2, labels('fr')).message).toBe(
      'Niveau 2, la région élargie : son pays, Brésil (sous-région Amérique du Sud), est hors de la sous-région de l’événement (Caraïbes) ; proposé à la discrétion des responsables.'
    )
    expect(cropReason('diversity', EXAMPLES.diversity, labels('pt')).message).toBe(
      'Diversidade: sobe da posição 3 para a 2, porque ninguém proposto antes compartilha o país (Jamaica) e a ALS (Jamaica Internet Society).'
    )
    expect(cropReason('deadline-passed', EXAMPLES['deadline-passed'], labels('en')).message).toBe(
      'The CROP request deadline, 2026-07-20, passed 1 day ago.'
    )
  })

  it('says that a person has no trip or their trips have no dates', () => {
    const en = labels('en')
    expect(cropReason('rotation', { count: 0, lastDate: null }, en).message).toBe(
      'Rotation: has never travelled with CROP, so comes first among equals.'
    )
    expect(cropReason('rotation', { count: 2, lastDate: null }, en).message).toBe(
      'Rotation: 2 CROP trips before, with no date recorded.'
    )
    expect(
      cropReason(
        'wider-region-not-offered',
        { ...EXAMPLES['wider-region-not-offered'], eventSubregion: null },
        en
      ).message
    ).toBe(
      'Not offered: the event is not in one of the region’s sub-regions and no CROP trip is left to offer.'
    )
  })
})
