import { describe, expect, it } from 'vitest'
import type { CropTrip } from '../schemas/crop'
import { DEFAULT_SETTINGS, settingsSchema } from '../schemas/settings'
import { fiscalYearUsage } from './fiscal-year-usage'

const trip = (fiscalYear: string, status: CropTrip['status']) => ({ fiscalYear, status })

describe('fiscalYearUsage', () => {
  it('counts the year’s trips that are not cancelled against the allowance', () => {
    const trips = [
      trip('FY27', 'completed'),
      trip('FY27', 'approved'),
      trip('FY27', 'proposed'),
      trip('FY27', 'cancelled'),
      trip('FY26', 'completed'),
    ]
    expect(fiscalYearUsage(trips, 'FY27', DEFAULT_SETTINGS)).toEqual({
      fiscalYear: 'FY27',
      allowed: 5,
      used: 3,
      left: 2,
      byStatus: { proposed: 1, requested: 0, approved: 1, completed: 1, cancelled: 1 },
      message: 'FY27: 3 of 5 CROP trips used, 2 left.',
    })
  })

  it('never leaves fewer than none, even when more trips were booked than allowed', () => {
    const settings = settingsSchema.parse({ crop: { tripsPerFiscalYear: 1 } })
    const usage = fiscalYearUsage(
      [trip('FY27', 'approved'), trip('FY27', 'requested')],
      'FY27',
      settings,
      { locale: 'es' }
    )
    expect(usage).toMatchObject({ used: 2, left: 0 })
    expect(usage.message).toBe('FY27: 2 de 1 viajes CROP usados; quedan 0.')
  })
})
