// Messages of the import surface.
import { defineMessages } from '../define-messages'

export const importMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})
