// Messages of the embed surface.
import { defineMessages } from '../define-messages'

export const embedMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})
