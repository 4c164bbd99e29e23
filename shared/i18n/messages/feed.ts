// Messages of the feed surface.
import { defineMessages } from '../define-messages'

export const feedMessages = defineMessages({
  en: {},
  es: {},
  pt: {},
  fr: {},
})
