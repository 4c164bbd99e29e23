// Messages of the email surface.
import { defineMessages } from '../define-messages'

export const emailMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})
