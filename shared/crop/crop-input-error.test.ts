import { describe, expect, it } from 'vitest'
import { CROP_INPUT_ERRORS, CropInputError } from './crop-input-error'

describe('CropInputError', () => {
  it('says what was wrong in the language asked for, and keeps the code and figures', () => {
    const error = new CropInputError('duplicateMember', { id: 'm-0042' }, 'es')
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('CropInputError')
    expect(error.code).toBe('duplicateMember')
    expect(error.params).toEqual({ id: 'm-0042' })
    expect(error.message).toBe(
      'El ID de miembro m-0042 está en más de una fila de la pestaña Members. Dé a cada miembro su propio ID y vuelva a preparar la lista.'
    )
  })

  it('has a sentence for every code, with every placeholder filled', () => {
    for (const code of CROP_INPUT_ERRORS) {
      const message = new CropInputError(code, { title: 'LAC IGF', id: 'x', value: 'y' }).message
      expect(message).not.toMatch(/\{\w+\}/)
      expect(message).not.toBe(`crop.error.${code}`)
    }
  })
})
