import { describe, expect, it } from 'vitest'
import type { CropReason } from './crop-reasons'
import { reasonList } from './reason-list'

const reason = (order: number): CropReason => ({
  code: 'reserve',
  params: { order },
  message: `Reserve ${order}.`,
})

describe('reasonList', () => {
  it('hands out each person’s reasons as their own list, one person after another', () => {
    const reasons = reasonList()
    reasons.add(reason(1))
    reasons.add(reason(2))
    const first = reasons.take()
    reasons.clear()
    expect(reasons.size).toBe(0)
    reasons.add(reason(3))
    const second = reasons.take()
    expect(first).toEqual([reason(1), reason(2)])
    expect(second).toEqual([reason(3)])
    expect(second.length).toBe(1)
  })
})
