// Messages of the addon surface.
import { defineMessages } from '../define-messages'

export const addonMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})
