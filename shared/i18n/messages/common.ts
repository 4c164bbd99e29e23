// Messages shared by every surface: language names and generic words.
import { defineMessages } from '../define-messages'

export const commonMessages = defineMessages({
  en: {
    'language.en': 'English',
    'language.es': 'Spanish',
    'language.pt': 'Portuguese',
    'language.fr': 'French',
    'common.error': 'Error',
    'common.warning': 'Warning',
  },
  es: {
    'language.en': 'Inglés',
    'language.es': 'Español',
    'language.pt': 'Portugués',
    'language.fr': 'Francés',
    'common.error': 'Error',
    'common.warning': 'Advertencia',
  },
  pt: {
    'language.en': 'Inglês',
    'language.es': 'Espanhol',
    'language.pt': 'Português',
    'language.fr': 'Francês',
    'common.error': 'Erro',
    'common.warning': 'Aviso',
  },
  fr: {
    'language.en': 'Anglais',
    'language.es': 'Espagnol',
    'language.pt': 'Portugais',
    'language.fr': 'Français',
    'common.error': 'Erreur',
    'common.warning': 'Avertissement',
  },
})
