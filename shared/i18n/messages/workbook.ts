// Messages of the workbook surface: its tabs, "Set up this spreadsheet" and reading/writing tabs.
import { defineMessages } from '../define-messages'

/*
 * {tab} is always the tab's name as the sheet shows it ('Events'), never translated, so that
 * people find the tab the message names; {headers} are column headers as row 1 shows them.
 */
export const workbookMessages = defineMessages({
  en: {
    'workbook.tab.events': 'Outreach calendar',
    'workbook.tab.als': 'At-Large Structures (ALS)',
    'workbook.tab.members': 'Members',
    'workbook.tab.participation': 'Member participation',
    'workbook.tab.countries': 'Countries and territories',
    'workbook.tab.webinars': 'Webinars',
    'workbook.tab.registrations': 'Webinar registrations',
    'workbook.tab.proposals': 'Event proposals from members',
    'workbook.tab.prospects': 'Prospects (countries without an ALS)',
    'workbook.tab.crop': 'CROP travel',
    'workbook.tab.settings': 'Settings',
    'workbook.tab.dashboard': 'Dashboard',
    'workbook.setup.done': 'The spreadsheet is set up.',
    'workbook.setup.unchanged': 'The spreadsheet was already set up; nothing was changed.',
    'workbook.setup.tabCreated': 'Created the {tab} tab.',
    'workbook.setup.columnsAdded': 'Added to the {tab} tab, at its right end: {headers}.',
    'workbook.setup.rowsFilled': 'Filled in the {tab} tab with {count} rows.',
    'workbook.headerProtection':
      'Column headers of the LACRALO Outreach Toolkit: the add-on finds each column by its header, so a renamed header means a missing column.',
    'workbook.error.missingTab':
      'The {tab} tab is missing. Run "Set up this spreadsheet" from the add-on menu to create it.',
    'workbook.error.missingColumn':
      'The {tab} tab has no column headed {headers}. Give the column its header back, or run "Set up this spreadsheet" to add it.',
    'workbook.error.rowOutOfRange':
      'Row {row} is not one of the rows of the {tab} tab (rows 2 to {last} hold its data), so nothing was written.',
    'workbook.error.missingKey':
      'A row to write to the {tab} tab has no {headers}, which identifies each row; nothing was written.',
    'workbook.error.busy':
      'Someone else is changing this spreadsheet through the add-on right now. Please try again in a minute.',
  },
  es: {
    'workbook.tab.events': 'Calendario de actividades de difusión',
    'workbook.tab.als': 'Estructuras At-Large (ALS)',
    'workbook.tab.members': 'Miembros',
    'workbook.tab.participation': 'Participación de los miembros',
    'workbook.tab.countries': 'Países y territorios',
    'workbook.tab.webinars': 'Webinars',
    'workbook.tab.registrations': 'Inscripciones a los webinars',
    'workbook.tab.proposals': 'Propuestas de eventos de los miembros',
    'workbook.tab.prospects': 'Prospectos (países sin ALS)',
    'workbook.tab.crop': 'Viajes CROP',
    'workbook.tab.settings': 'Configuración',
    'workbook.tab.dashboard': 'Panel de indicadores',
    'workbook.setup.done': 'La hoja de cálculo está configurada.',
    'workbook.setup.unchanged': 'La hoja de cálculo ya estaba configurada; no se cambió nada.',
    'workbook.setup.tabCreated': 'Se creó la pestaña {tab}.',
    'workbook.setup.columnsAdded': 'Se añadieron a la pestaña {tab}, a la derecha: {headers}.',
    'workbook.setup.rowsFilled': 'Se rellenó la pestaña {tab} con {count} filas.',
    'workbook.headerProtection':
      'Encabezados de columna de las herramientas de difusión de LACRALO: el complemento encuentra cada columna por su encabezado, así que cambiar un encabezado equivale a quitar la columna.',
    'workbook.error.missingTab':
      'Falta la pestaña {tab}. Ejecute «Configurar esta hoja de cálculo» desde el menú del complemento para crearla.',
    'workbook.error.missingColumn':
      'La pestaña {tab} no tiene ninguna columna con el encabezado {headers}. Vuelva a poner el encabezado de la columna o ejecute «Configurar esta hoja de cálculo» para añadirla.',
    'workbook.error.rowOutOfRange':
      'La fila {row} no es una de las filas de la pestaña {tab} (sus datos están en las filas 2 a {last}), así que no se escribió nada.',
    'workbook.error.missingKey':
      'Una fila que debía escribirse en la pestaña {tab} no tiene {headers}, que identifica cada fila; no se escribió nada.',
    'workbook.error.busy':
      'Otra persona está modificando esta hoja de cálculo con el complemento en este momento. Vuelva a intentarlo en un minuto.',
  },
  pt: {
    'workbook.tab.events': 'Calendário de atividades de divulgação',
    'workbook.tab.als': 'Estruturas At-Large (ALS)',
    'workbook.tab.members': 'Membros',
    'workbook.tab.participation': 'Participação dos membros',
    'workbook.tab.countries': 'Países e territórios',
    'workbook.tab.webinars': 'Webinars',
    'workbook.tab.registrations': 'Inscrições nos webinars',
    'workbook.tab.proposals': 'Propostas de eventos dos membros',
    'workbook.tab.prospects': 'Prospectos (países sem ALS)',
    'workbook.tab.crop': 'Viagens CROP',
    'workbook.tab.settings': 'Configurações',
    'workbook.tab.dashboard': 'Painel de indicadores',
    'workbook.setup.done': 'A planilha está configurada.',
    'workbook.setup.unchanged': 'A planilha já estava configurada; nada foi alterado.',
    'workbook.setup.tabCreated': 'A aba {tab} foi criada.',
    'workbook.setup.columnsAdded': 'Adicionadas à aba {tab}, à direita: {headers}.',
    'workbook.setup.rowsFilled': 'A aba {tab} foi preenchida com {count} linhas.',
    'workbook.headerProtection':
      'Cabeçalhos de coluna das ferramentas de divulgação da LACRALO: o complemento encontra cada coluna pelo cabeçalho, então renomear um cabeçalho equivale a remover a coluna.',
    'workbook.error.missingTab':
      'A aba {tab} não existe. Execute "Configurar esta planilha" no menu do complemento para criá-la.',
    'workbook.error.missingColumn':
      'A aba {tab} não tem nenhuma coluna com o cabeçalho {headers}. Restaure o cabeçalho da coluna ou execute "Configurar esta planilha" para adicioná-la.',
    'workbook.error.rowOutOfRange':
      'A linha {row} não é uma das linhas da aba {tab} (os dados estão nas linhas 2 a {last}); nada foi gravado.',
    'workbook.error.missingKey':
      'Uma linha a gravar na aba {tab} não tem {headers}, que identifica cada linha; nada foi gravado.',
    'workbook.error.busy':
      'Outra pessoa está alterando esta planilha pelo complemento neste momento. Tente novamente em um minuto.',
  },
  fr: {
    'workbook.tab.events': 'Calendrier des activités de sensibilisation',
    'workbook.tab.als': 'Structures At-Large (ALS)',
    'workbook.tab.members': 'Membres',
    'workbook.tab.participation': 'Participation des membres',
    'workbook.tab.countries': 'Pays et territoires',
    'workbook.tab.webinars': 'Webinaires',
    'workbook.tab.registrations': 'Inscriptions aux webinaires',
    'workbook.tab.proposals': 'Propositions d’événements des membres',
    'workbook.tab.prospects': 'Prospects (pays sans ALS)',
    'workbook.tab.crop': 'Déplacements CROP',
    'workbook.tab.settings': 'Paramètres',
    'workbook.tab.dashboard': 'Tableau de bord',
    'workbook.setup.done': 'La feuille de calcul est configurée.',
    'workbook.setup.unchanged':
      'La feuille de calcul était déjà configurée ; rien n’a été modifié.',
    'workbook.setup.tabCreated': 'L’onglet {tab} a été créé.',
    'workbook.setup.columnsAdded': 'Ajoutées à l’onglet {tab}, à droite : {headers}.',
    'workbook.setup.rowsFilled': 'L’onglet {tab} a été rempli avec {count} lignes.',
    'workbook.headerProtection':
      'En-têtes de colonne des outils de sensibilisation de LACRALO : le module complémentaire trouve chaque colonne par son en-tête, donc renommer un en-tête revient à supprimer la colonne.',
    'workbook.error.missingTab':
      'L’onglet {tab} est introuvable. Lancez « Configurer cette feuille de calcul » depuis le menu du module complémentaire pour le créer.',
    'workbook.error.missingColumn':
      'L’onglet {tab} n’a aucune colonne intitulée {headers}. Redonnez son en-tête à la colonne, ou lancez « Configurer cette feuille de calcul » pour l’ajouter.',
    'workbook.error.rowOutOfRange':
      'La ligne {row} n’est pas l’une des lignes de l’onglet {tab} (ses données occupent les lignes 2 à {last}) ; rien n’a été écrit.',
    'workbook.error.missingKey':
      'Une ligne à écrire dans l’onglet {tab} n’a pas de {headers}, qui identifie chaque ligne ; rien n’a été écrit.',
    'workbook.error.busy':
      'Quelqu’un d’autre modifie cette feuille de calcul via le module complémentaire en ce moment. Veuillez réessayer dans une minute.',
  },
})
