// Messages of the admin surface.
import { defineMessages } from '../define-messages'

export const adminMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})
