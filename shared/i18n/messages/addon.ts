// Messages of the addon surface: the spreadsheet add-on's menu and sidebar.
import { defineMessages } from '../define-messages'

export const addonMessages = defineMessages({
  en: {
    'addon.menu.openSidebar': 'Open sidebar',
    'addon.menu.setUpSpreadsheet': 'Set up this spreadsheet',
    'addon.sidebar.title': 'LACRALO Outreach Toolkit',
    'addon.sidebar.intro': 'This spreadsheet is connected to the LACRALO Outreach Toolkit.',
    'addon.sidebar.upcoming':
      'Validation, event import, calendar publishing and registration sync will appear here as they become available.',
  },
  es: {
    'addon.menu.openSidebar': 'Abrir panel lateral',
    'addon.menu.setUpSpreadsheet': 'Configurar esta hoja de cálculo',
    'addon.sidebar.title': 'Herramientas de difusión de LACRALO',
    'addon.sidebar.intro':
      'Esta hoja de cálculo está conectada a las herramientas de difusión de LACRALO.',
    'addon.sidebar.upcoming':
      'La validación, la importación de eventos, la publicación del calendario y la sincronización de inscripciones aparecerán aquí a medida que estén disponibles.',
  },
  pt: {
    'addon.menu.openSidebar': 'Abrir barra lateral',
    'addon.menu.setUpSpreadsheet': 'Configurar esta planilha',
    'addon.sidebar.title': 'Ferramentas de divulgação da LACRALO',
    'addon.sidebar.intro': 'Esta planilha está conectada às ferramentas de divulgação da LACRALO.',
    'addon.sidebar.upcoming':
      'A validação, a importação de eventos, a publicação do calendário e a sincronização de inscrições aparecerão aqui à medida que forem disponibilizadas.',
  },
  fr: {
    'addon.menu.openSidebar': 'Ouvrir le panneau latéral',
    'addon.menu.setUpSpreadsheet': 'Configurer cette feuille de calcul',
    'addon.sidebar.title': 'Outils de sensibilisation de LACRALO',
    'addon.sidebar.intro':
      'Cette feuille de calcul est reliée aux outils de sensibilisation de LACRALO.',
    'addon.sidebar.upcoming':
      'La validation, l’import des événements, la publication du calendrier et la synchronisation des inscriptions apparaîtront ici au fur et à mesure de leur mise à disposition.',
  },
})
