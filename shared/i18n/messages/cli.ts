// Messages of the cli surface: the lacralo command's help, report and errors.
import { defineMessages } from '../define-messages'

export const cliMessages = defineMessages({
  en: {
    'cli.usage.intro': 'lacralo: the LACRALO Outreach Toolkit from a terminal.',
    'cli.usage.label': 'Usage:',
    'cli.usage.main': 'lacralo <command> [options]',
    'cli.usage.group': 'lacralo {group} <command> [options]',
    'cli.usage.commands': 'Commands:',
    'cli.usage.options': 'Options:',
    'cli.usage.value': 'value',
    'cli.usage.more': "A command's own options: {example}",
    'cli.option.lang': 'language of the messages: en, es, pt or fr (default: from LANG, else en)',
    'cli.option.help': 'show this help',
    'cli.option.json': 'print the events and problems as JSON instead of the report',
    'cli.events.import.synopsis': 'lacralo events import <file.csv> [--json] [--lang <code>]',
    'cli.events.import.summary': 'check a calendar table (CSV) and list its events and problems',
    'cli.events.import.details':
      'Exit status: 0 when the table has no errors (warnings are allowed), 1 when it has errors, 2 for bad arguments or a file that cannot be read.',
    'cli.report.title': 'Calendar import: {file}',
    'cli.report.row': 'Row',
    'cli.report.column': 'Column',
    'cli.report.severity': 'Severity',
    'cli.report.message': 'Message',
    'cli.report.noProblems': 'No problems found.',
    'cli.report.counts': 'Events: {events}   Errors: {errors}   Warnings: {warnings}',
    'cli.report.ready': 'No errors: the calendar can be published.',
    'cli.report.readyWithWarnings':
      'No errors: the calendar can be published. Check the warnings above first.',
    'cli.report.blocked':
      'Rows with errors were left out, and a calendar with errors cannot be published. Fix them in the sheet, then import again.',
    'cli.error.missingCommand': 'a command is missing.',
    'cli.error.unknownCommand': "unknown command '{command}'.",
    'cli.error.unknownOption': "unknown option '{option}'.",
    'cli.error.missingValue': "the option '{option}' needs a value.",
    'cli.error.unexpectedValue': "the option '{option}' takes no value.",
    'cli.error.unknownLanguage': "unknown language '{value}': use en, es, pt or fr.",
    'cli.error.missingFile': 'the file to import is missing.',
    'cli.error.extraArgument': "unexpected argument '{argument}': give one file.",
    'cli.error.fileNotFound': 'cannot read {file}: there is no such file.',
    'cli.error.fileIsDirectory': 'cannot read {file}: it is a folder, not a file.',
    'cli.error.fileNoPermission': 'cannot read {file}: you do not have permission to read it.',
    'cli.error.fileUnreadable': 'cannot read {file}: {reason}',
    'cli.error.fileNotUtf8':
      "cannot read {file}: it is not UTF-8 text. Export it again as 'CSV UTF-8' and try again.",
    'cli.error.seeHelp': "See '{command} --help'.",
    'cli.option.spreadsheet':
      'the spreadsheet: its id (the long part of its URL, between /d/ and /edit) or its URL',
    'cli.option.credentials':
      "a service account's JSON key file (default: GOOGLE_APPLICATION_CREDENTIALS, else the application default credentials)",
    'cli.option.out': 'the folder to write the backup into (created if missing)',
    'cli.option.from': "the folder of a backup made by 'lacralo sheet export'",
    'cli.option.force': 'overwrite tabs that hold rows',
    'cli.sheet.init.synopsis':
      'lacralo sheet init --spreadsheet <id> [--credentials <key.json>] [--lang <code>]',
    'cli.sheet.init.summary':
      'set a spreadsheet up as the LACRALO Dashboard (tabs, headers, drop-downs), as the add-on does',
    'cli.sheet.init.details':
      'Creates the missing tabs and columns, freezes and protects the header rows (warning only), adds the drop-downs, and fills Countries and Settings while they are empty. It never moves or deletes anything, and run again it changes nothing. Exit status: 0 done, 1 when Google refused or could not be reached, 2 for bad arguments or credentials.',
    'cli.sheet.export.synopsis':
      'lacralo sheet export --spreadsheet <id> --out <folder> [--credentials <key.json>]',
    'cli.sheet.export.summary': 'back up every tab of a spreadsheet to CSV and JSON files',
    'cli.sheet.export.details':
      "Writes <tab>.csv and <tab>.json for every tab, and manifest.json (when, which spreadsheet, how many rows). In the CSV files a cell that starts with = + - or @ gets a leading apostrophe, so that no spreadsheet program runs it; the JSON files keep the exact values, and they are what 'lacralo sheet restore' reads. Exit status: 0 done, 1 on a failure, 2 for bad arguments.",
    'cli.sheet.restore.synopsis':
      'lacralo sheet restore --spreadsheet <id> --from <folder> [--force] [--credentials <key.json>]',
    'cli.sheet.restore.summary': "write a backup made by 'sheet export' back into a spreadsheet",
    'cli.sheet.restore.details':
      "Creates the tabs the spreadsheet lacks and writes every tab of the backup from its JSON file; text stays text (nothing is read as a formula). Tabs that hold rows are overwritten only with --force. Values are restored, not formatting: run 'lacralo sheet init' afterwards for the drop-downs and protected headers. Exit status: 0 restored, 1 refused or failed, 2 for bad arguments or a backup that cannot be read.",
    'cli.sheet.importEvents.synopsis':
      'lacralo sheet import-events --spreadsheet <id> <file.csv> [--credentials <key.json>]',
    'cli.sheet.importEvents.summary':
      "import a calendar table (CSV) into the Events tab, as the add-on's Import events does",
    'cli.sheet.importEvents.details':
      "Runs the same import as 'lacralo events import' and appends to the Events tab the events whose ID it does not have yet, so running it again adds nothing. When the table has errors, nothing is written. Exit status: 0 imported, 1 for errors in the table or a failure, 2 for bad arguments or a file that cannot be read.",
    'cli.sheet.export.done': 'Backed up {tabs} tabs of “{title}” to {folder}:',
    'cli.sheet.export.tab': '{tab}: {rows} rows ({csv}, {json})',
    'cli.sheet.restore.refused':
      'Nothing was restored: these tabs hold rows that the backup would overwrite: {tabs}. Run the command again with --force to overwrite them.',
    'cli.sheet.restore.done': 'Restored the backup of {date} (“{title}”):',
    'cli.sheet.restore.tab': '{tab}: {rows} rows',
    'cli.sheet.restore.tabCreated': '{tab}: {rows} rows (tab created)',
    'cli.sheet.restore.next':
      "Run 'lacralo sheet init' to add the drop-downs and protected header rows to the new tabs.",
    'cli.sheet.importEvents.refused':
      'Nothing was written to the spreadsheet: the table has {count} errors. Fix them and run the command again.',
    'cli.sheet.importEvents.done': 'Events tab: {added} events added, {existing} already there.',
    'cli.sheet.error.missingSpreadsheet':
      'the spreadsheet is missing: give --spreadsheet <id> (the long part of its URL, between /d/ and /edit).',
    'cli.sheet.error.badSpreadsheetId':
      "'{value}' is not a spreadsheet id. Copy the long part of the spreadsheet's URL, between /d/ and /edit (or give the whole URL).",
    'cli.sheet.error.missingOut':
      'the folder to write the backup into is missing: give --out <folder>.',
    'cli.sheet.error.missingFrom': 'the backup to restore is missing: give --from <folder>.',
    'cli.sheet.error.badRootUrl':
      "LACRALO_SHEETS_ROOT_URL is not an http or https address: '{url}'.",
    'cli.sheet.error.keyFileNotFound':
      "cannot read the key file {file}: there is no such file. Give the path of the service account's JSON key with --credentials, or set GOOGLE_APPLICATION_CREDENTIALS to it.",
    'cli.sheet.error.keyFileUnreadable': 'cannot read the key file {file}: {reason}.',
    'cli.sheet.error.isFolder': 'it is a folder, not a file',
    'cli.sheet.error.noReadPermission': 'you do not have permission to read it',
    'cli.sheet.error.keyFileNotJson':
      "{file} is not a JSON key file. Download the service account's key again as JSON (Cloud console › IAM & Admin › Service accounts › Keys › Add key › Create new key › JSON).",
    'cli.sheet.error.keyFileOAuthClient':
      '{file} is an OAuth client file, not a service account key. Create a key for the service account instead (Cloud console › IAM & Admin › Service accounts › Keys › Add key › Create new key › JSON).',
    'cli.sheet.error.keyFileWrongType':
      "{file} holds credentials of type '{type}'. Give a service account key (type service_account) or application default credentials (type authorized_user).",
    'cli.sheet.error.keyFileIncomplete':
      '{file} is not a complete service account key ({fields} missing or wrong). Download a new JSON key for the service account and try again.',
    'cli.sheet.error.noCredentials':
      'no Google credentials found. Give a service account key with --credentials <key.json> (or set GOOGLE_APPLICATION_CREDENTIALS), or sign in with: gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/cloud-platform',
    'cli.sheet.error.noAccess':
      '{account} cannot open the spreadsheet {spreadsheet}. Share the spreadsheet with {account} as Editor (the Share button, top right), then try again.',
    'cli.sheet.error.noAccessUnknownAccount':
      'your Google credentials cannot open the spreadsheet {spreadsheet}. Share it as Editor with the account they belong to, then try again.',
    'cli.sheet.error.notFound':
      "there is no spreadsheet with the id {spreadsheet}. Check the id: it is the long part of the spreadsheet's URL, between /d/ and /edit.",
    'cli.sheet.error.apiDisabled':
      'the Google Sheets API is not enabled in the Cloud project {project}. Enable it (Cloud console › APIs & Services › Library › Google Sheets API › Enable), wait a few minutes, then try again.',
    'cli.sheet.error.credentialsRefused':
      'Google refused the credentials ({reason}). The key may have been deleted or the service account disabled: create a new JSON key and try again.',
    'cli.sheet.error.unreachable':
      'cannot reach the Google Sheets API ({reason}). Check the network connection (and the proxy, if there is one), then try again.',
    'cli.sheet.error.quota':
      'Google is limiting the requests to the Sheets API just now. Wait a minute, then try again.',
    'cli.sheet.error.api': 'the Google Sheets API answered {status}: {message}',
    'cli.sheet.error.unexpected': 'the request to Google failed: {reason}',
    'cli.sheet.error.missingTab':
      'the spreadsheet has no {tab} tab. Set the spreadsheet up first: lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.missingColumns':
      'the {tab} tab lacks the columns {headers}. Add them with: lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.cannotWrite': 'cannot write {file}: {reason}.',
    'cli.sheet.error.noManifest':
      "{folder} holds no manifest.json: give the folder that 'lacralo sheet export' wrote.",
    'cli.sheet.error.badBackupFile':
      "{file} cannot be read as part of a backup made by 'lacralo sheet export', so nothing was restored. Check that the folder holds a complete, unedited backup.",
    'cli.sheet.error.extraArgument': "unexpected argument '{argument}'.",
  },
  es: {
    'cli.usage.intro': 'lacralo: el LACRALO Outreach Toolkit desde la terminal.',
    'cli.usage.label': 'Uso:',
    'cli.usage.main': 'lacralo <comando> [opciones]',
    'cli.usage.group': 'lacralo {group} <comando> [opciones]',
    'cli.usage.commands': 'Comandos:',
    'cli.usage.options': 'Opciones:',
    'cli.usage.value': 'valor',
    'cli.usage.more': 'Las opciones de cada comando: {example}',
    'cli.option.lang':
      'idioma de los mensajes: en, es, pt o fr (por defecto: el de LANG, si no en)',
    'cli.option.help': 'muestra esta ayuda',
    'cli.option.json': 'imprime los eventos y los problemas en JSON en lugar del informe',
    'cli.events.import.synopsis': 'lacralo events import <archivo.csv> [--json] [--lang <código>]',
    'cli.events.import.summary':
      'revisa una tabla del calendario (CSV) y lista sus eventos y problemas',
    'cli.events.import.details':
      'Código de salida: 0 si la tabla no tiene errores (se admiten advertencias), 1 si tiene errores, 2 si los argumentos son incorrectos o el archivo no se puede leer.',
    'cli.report.title': 'Importación del calendario: {file}',
    'cli.report.row': 'Fila',
    'cli.report.column': 'Columna',
    'cli.report.severity': 'Gravedad',
    'cli.report.message': 'Mensaje',
    'cli.report.noProblems': 'No se encontraron problemas.',
    'cli.report.counts': 'Eventos: {events}   Errores: {errors}   Advertencias: {warnings}',
    'cli.report.ready': 'Sin errores: el calendario se puede publicar.',
    'cli.report.readyWithWarnings':
      'Sin errores: el calendario se puede publicar. Revise antes las advertencias de arriba.',
    'cli.report.blocked':
      'Las filas con errores quedaron fuera, y un calendario con errores no se puede publicar. Corríjalos en la hoja y vuelva a importar.',
    'cli.error.missingCommand': 'falta un comando.',
    'cli.error.unknownCommand': 'comando desconocido: «{command}».',
    'cli.error.unknownOption': 'opción desconocida: «{option}».',
    'cli.error.missingValue': 'la opción «{option}» necesita un valor.',
    'cli.error.unexpectedValue': 'la opción «{option}» no lleva valor.',
    'cli.error.unknownLanguage': 'idioma desconocido: «{value}». Use en, es, pt o fr.',
    'cli.error.missingFile': 'falta el archivo que se va a importar.',
    'cli.error.extraArgument': 'argumento de más: «{argument}». Indique un solo archivo.',
    'cli.error.fileNotFound': 'no se puede leer {file}: ese archivo no existe.',
    'cli.error.fileIsDirectory': 'no se puede leer {file}: es una carpeta, no un archivo.',
    'cli.error.fileNoPermission': 'no se puede leer {file}: no tiene permiso para leerlo.',
    'cli.error.fileUnreadable': 'no se puede leer {file}: {reason}',
    'cli.error.fileNotUtf8':
      'no se puede leer {file}: no es texto UTF-8. Expórtelo de nuevo como «CSV UTF-8» y vuelva a intentarlo.',
    'cli.error.seeHelp': 'Consulte «{command} --help».',
    'cli.option.spreadsheet':
      'la hoja de cálculo: su id (la parte larga de su URL, entre /d/ y /edit) o su URL',
    'cli.option.credentials':
      'el archivo de clave JSON de una cuenta de servicio (por defecto: GOOGLE_APPLICATION_CREDENTIALS; si no, las credenciales predeterminadas de la aplicación)',
    'cli.option.out': 'la carpeta donde escribir la copia de seguridad (se crea si no existe)',
    'cli.option.from': 'la carpeta de una copia de seguridad hecha con «lacralo sheet export»',
    'cli.option.force': 'sobrescribe las pestañas que tienen filas',
    'cli.sheet.init.synopsis':
      'lacralo sheet init --spreadsheet <id> [--credentials <clave.json>] [--lang <código>]',
    'cli.sheet.init.summary':
      'configura una hoja de cálculo como el LACRALO Dashboard (pestañas, encabezados, listas desplegables), como lo hace el complemento',
    'cli.sheet.init.details':
      'Crea las pestañas y columnas que faltan, inmoviliza y protege las filas de encabezado (solo con advertencia), agrega las listas desplegables y rellena Countries y Settings mientras estén vacías. Nunca mueve ni borra nada y, si se ejecuta de nuevo, no cambia nada. Código de salida: 0 si terminó, 1 si Google se negó o no se pudo contactar, 2 si los argumentos o las credenciales son incorrectos.',
    'cli.sheet.export.synopsis':
      'lacralo sheet export --spreadsheet <id> --out <carpeta> [--credentials <clave.json>]',
    'cli.sheet.export.summary':
      'hace una copia de seguridad de cada pestaña de una hoja de cálculo en archivos CSV y JSON',
    'cli.sheet.export.details':
      'Escribe <pestaña>.csv y <pestaña>.json para cada pestaña, y manifest.json (cuándo, qué hoja de cálculo, cuántas filas). En los CSV, una celda que empieza por = + - o @ lleva un apóstrofo delante, para que ningún programa de hojas de cálculo la ejecute; los JSON guardan los valores exactos y son lo que lee «lacralo sheet restore». Código de salida: 0 si terminó, 1 si algo falló, 2 si los argumentos son incorrectos.',
    'cli.sheet.restore.synopsis':
      'lacralo sheet restore --spreadsheet <id> --from <carpeta> [--force] [--credentials <clave.json>]',
    'cli.sheet.restore.summary':
      'vuelve a escribir en una hoja de cálculo una copia de seguridad hecha con «sheet export»',
    'cli.sheet.restore.details':
      'Crea las pestañas que faltan en la hoja de cálculo y escribe cada pestaña de la copia a partir de su archivo JSON; el texto sigue siendo texto (nada se lee como fórmula). Las pestañas que tienen filas solo se sobrescriben con --force. Se restauran los valores, no el formato: ejecute después «lacralo sheet init» para las listas desplegables y los encabezados protegidos. Código de salida: 0 si se restauró, 1 si se negó o falló, 2 si los argumentos son incorrectos o la copia no se puede leer.',
    'cli.sheet.importEvents.synopsis':
      'lacralo sheet import-events --spreadsheet <id> <archivo.csv> [--credentials <clave.json>]',
    'cli.sheet.importEvents.summary':
      'importa una tabla del calendario (CSV) a la pestaña Events, como lo hace «Importar eventos» en el complemento',
    'cli.sheet.importEvents.details':
      'Hace la misma importación que «lacralo events import» y agrega a la pestaña Events los eventos cuyo ID todavía no tiene, así que ejecutarlo de nuevo no agrega nada. Si la tabla tiene errores, no se escribe nada. Código de salida: 0 si se importó, 1 si la tabla tiene errores o algo falló, 2 si los argumentos son incorrectos o el archivo no se puede leer.',
    'cli.sheet.export.done': 'Copia de seguridad de {tabs} pestañas de «{title}» en {folder}:',
    'cli.sheet.export.tab': '{tab}: {rows} filas ({csv}, {json})',
    'cli.sheet.restore.refused':
      'No se restauró nada: estas pestañas tienen filas que la copia sobrescribiría: {tabs}. Vuelva a ejecutar el comando con --force para sobrescribirlas.',
    'cli.sheet.restore.done': 'Se restauró la copia de seguridad del {date} («{title}»):',
    'cli.sheet.restore.tab': '{tab}: {rows} filas',
    'cli.sheet.restore.tabCreated': '{tab}: {rows} filas (pestaña creada)',
    'cli.sheet.restore.next':
      'Ejecute «lacralo sheet init» para agregar las listas desplegables y las filas de encabezado protegidas a las pestañas nuevas.',
    'cli.sheet.importEvents.refused':
      'No se escribió nada en la hoja de cálculo: la tabla tiene {count} errores. Corríjalos y vuelva a ejecutar el comando.',
    'cli.sheet.importEvents.done':
      'Pestaña Events: {added} eventos agregados, {existing} ya estaban.',
    'cli.sheet.error.missingSpreadsheet':
      'falta la hoja de cálculo: indique --spreadsheet <id> (la parte larga de su URL, entre /d/ y /edit).',
    'cli.sheet.error.badSpreadsheetId':
      '«{value}» no es el id de una hoja de cálculo. Copie la parte larga de la URL de la hoja, entre /d/ y /edit (o indique la URL completa).',
    'cli.sheet.error.missingOut':
      'falta la carpeta donde escribir la copia de seguridad: indique --out <carpeta>.',
    'cli.sheet.error.missingFrom':
      'falta la copia de seguridad que se va a restaurar: indique --from <carpeta>.',
    'cli.sheet.error.badRootUrl':
      'LACRALO_SHEETS_ROOT_URL no es una dirección http o https: «{url}».',
    'cli.sheet.error.keyFileNotFound':
      'no se puede leer el archivo de clave {file}: ese archivo no existe. Indique la ruta de la clave JSON de la cuenta de servicio con --credentials, o póngala en GOOGLE_APPLICATION_CREDENTIALS.',
    'cli.sheet.error.keyFileUnreadable': 'no se puede leer el archivo de clave {file}: {reason}.',
    'cli.sheet.error.isFolder': 'es una carpeta, no un archivo',
    'cli.sheet.error.noReadPermission': 'no tiene permiso para leerlo',
    'cli.sheet.error.keyFileNotJson':
      '{file} no es un archivo de clave JSON. Vuelva a descargar la clave de la cuenta de servicio en formato JSON (consola de Cloud › IAM y administración › Cuentas de servicio › Claves › Agregar clave › Crear clave nueva › JSON).',
    'cli.sheet.error.keyFileOAuthClient':
      '{file} es un archivo de cliente OAuth, no la clave de una cuenta de servicio. Cree en su lugar una clave para la cuenta de servicio (consola de Cloud › IAM y administración › Cuentas de servicio › Claves › Agregar clave › Crear clave nueva › JSON).',
    'cli.sheet.error.keyFileWrongType':
      '{file} contiene credenciales del tipo «{type}». Indique la clave de una cuenta de servicio (tipo service_account) o credenciales predeterminadas de la aplicación (tipo authorized_user).',
    'cli.sheet.error.keyFileIncomplete':
      '{file} no es una clave de cuenta de servicio completa (falta o es incorrecto: {fields}). Descargue una clave JSON nueva para la cuenta de servicio y vuelva a intentarlo.',
    'cli.sheet.error.noCredentials':
      'no se encontraron credenciales de Google. Indique la clave de una cuenta de servicio con --credentials <clave.json> (o defina GOOGLE_APPLICATION_CREDENTIALS), o inicie sesión con: gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/cloud-platform',
    'cli.sheet.error.noAccess':
      '{account} no puede abrir la hoja de cálculo {spreadsheet}. Compártala con {account} como Editor (botón Compartir, arriba a la derecha) y vuelva a intentarlo.',
    'cli.sheet.error.noAccessUnknownAccount':
      'sus credenciales de Google no pueden abrir la hoja de cálculo {spreadsheet}. Compártala como Editor con la cuenta a la que pertenecen y vuelva a intentarlo.',
    'cli.sheet.error.notFound':
      'no hay ninguna hoja de cálculo con el id {spreadsheet}. Revise el id: es la parte larga de la URL de la hoja, entre /d/ y /edit.',
    'cli.sheet.error.apiDisabled':
      'la API de Google Sheets no está habilitada en el proyecto de Cloud {project}. Habilítela (consola de Cloud › APIs y servicios › Biblioteca › Google Sheets API › Habilitar), espere unos minutos y vuelva a intentarlo.',
    'cli.sheet.error.credentialsRefused':
      'Google rechazó las credenciales ({reason}). Es posible que la clave se haya borrado o que la cuenta de servicio esté inhabilitada: cree una clave JSON nueva y vuelva a intentarlo.',
    'cli.sheet.error.unreachable':
      'no se puede contactar con la API de Google Sheets ({reason}). Revise la conexión de red (y el proxy, si lo hay) y vuelva a intentarlo.',
    'cli.sheet.error.quota':
      'Google está limitando en este momento las solicitudes a la API de Sheets. Espere un minuto y vuelva a intentarlo.',
    'cli.sheet.error.api': 'la API de Google Sheets respondió {status}: {message}',
    'cli.sheet.error.unexpected': 'falló la solicitud a Google: {reason}',
    'cli.sheet.error.missingTab':
      'la hoja de cálculo no tiene la pestaña {tab}. Configúrela primero: lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.missingColumns':
      'a la pestaña {tab} le faltan las columnas {headers}. Agréguelas con: lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.cannotWrite': 'no se puede escribir {file}: {reason}.',
    'cli.sheet.error.noManifest':
      '{folder} no contiene manifest.json: indique la carpeta que escribió «lacralo sheet export».',
    'cli.sheet.error.badBackupFile':
      '{file} no se puede leer como parte de una copia de seguridad hecha con «lacralo sheet export», así que no se restauró nada. Compruebe que la carpeta contiene una copia completa y sin modificar.',
    'cli.sheet.error.extraArgument': 'argumento de más: «{argument}».',
  },
  pt: {
    'cli.usage.intro': 'lacralo: o LACRALO Outreach Toolkit no terminal.',
    'cli.usage.label': 'Uso:',
    'cli.usage.main': 'lacralo <comando> [opções]',
    'cli.usage.group': 'lacralo {group} <comando> [opções]',
    'cli.usage.commands': 'Comandos:',
    'cli.usage.options': 'Opções:',
    'cli.usage.value': 'valor',
    'cli.usage.more': 'As opções de cada comando: {example}',
    'cli.option.lang': 'idioma das mensagens: en, es, pt ou fr (padrão: o de LANG, senão en)',
    'cli.option.help': 'mostra esta ajuda',
    'cli.option.json': 'imprime os eventos e os problemas em JSON em vez do relatório',
    'cli.events.import.synopsis': 'lacralo events import <arquivo.csv> [--json] [--lang <código>]',
    'cli.events.import.summary':
      'verifica uma tabela do calendário (CSV) e lista seus eventos e problemas',
    'cli.events.import.details':
      'Código de saída: 0 quando a tabela não tem erros (avisos são permitidos), 1 quando tem erros, 2 para argumentos incorretos ou um arquivo que não pode ser lido.',
    'cli.report.title': 'Importação do calendário: {file}',
    'cli.report.row': 'Linha',
    'cli.report.column': 'Coluna',
    'cli.report.severity': 'Gravidade',
    'cli.report.message': 'Mensagem',
    'cli.report.noProblems': 'Nenhum problema encontrado.',
    'cli.report.counts': 'Eventos: {events}   Erros: {errors}   Avisos: {warnings}',
    'cli.report.ready': 'Sem erros: o calendário pode ser publicado.',
    'cli.report.readyWithWarnings':
      'Sem erros: o calendário pode ser publicado. Antes, confira os avisos acima.',
    'cli.report.blocked':
      'As linhas com erros ficaram de fora, e um calendário com erros não pode ser publicado. Corrija-os na planilha e importe de novo.',
    'cli.error.missingCommand': 'falta um comando.',
    'cli.error.unknownCommand': 'comando desconhecido: “{command}”.',
    'cli.error.unknownOption': 'opção desconhecida: “{option}”.',
    'cli.error.missingValue': 'a opção “{option}” precisa de um valor.',
    'cli.error.unexpectedValue': 'a opção “{option}” não aceita valor.',
    'cli.error.unknownLanguage': 'idioma desconhecido: “{value}”. Use en, es, pt ou fr.',
    'cli.error.missingFile': 'falta o arquivo a importar.',
    'cli.error.extraArgument': 'argumento a mais: “{argument}”. Indique um só arquivo.',
    'cli.error.fileNotFound': 'não é possível ler {file}: esse arquivo não existe.',
    'cli.error.fileIsDirectory': 'não é possível ler {file}: é uma pasta, não um arquivo.',
    'cli.error.fileNoPermission': 'não é possível ler {file}: você não tem permissão para lê-lo.',
    'cli.error.fileUnreadable': 'não é possível ler {file}: {reason}',
    'cli.error.fileNotUtf8':
      'não é possível ler {file}: não é texto UTF-8. Exporte de novo como “CSV UTF-8” e tente outra vez.',
    'cli.error.seeHelp': 'Veja “{command} --help”.',
    'cli.option.spreadsheet':
      'a planilha: seu id (a parte longa do URL, entre /d/ e /edit) ou seu URL',
    'cli.option.credentials':
      'o arquivo de chave JSON de uma conta de serviço (padrão: GOOGLE_APPLICATION_CREDENTIALS; senão, as credenciais padrão do aplicativo)',
    'cli.option.out': 'a pasta onde gravar o backup (criada se não existir)',
    'cli.option.from': 'a pasta de um backup feito com “lacralo sheet export”',
    'cli.option.force': 'sobrescreve as abas que têm linhas',
    'cli.sheet.init.synopsis':
      'lacralo sheet init --spreadsheet <id> [--credentials <chave.json>] [--lang <código>]',
    'cli.sheet.init.summary':
      'configura uma planilha como o LACRALO Dashboard (abas, cabeçalhos, listas suspensas), como faz o complemento',
    'cli.sheet.init.details':
      'Cria as abas e colunas que faltam, congela e protege as linhas de cabeçalho (apenas com aviso), adiciona as listas suspensas e preenche Countries e Settings enquanto estiverem vazias. Nunca move nem apaga nada e, executado de novo, não muda nada. Código de saída: 0 quando concluído, 1 quando o Google recusou ou não pôde ser contatado, 2 para argumentos ou credenciais incorretos.',
    'cli.sheet.export.synopsis':
      'lacralo sheet export --spreadsheet <id> --out <pasta> [--credentials <chave.json>]',
    'cli.sheet.export.summary': 'faz backup de cada aba de uma planilha em arquivos CSV e JSON',
    'cli.sheet.export.details':
      'Grava <aba>.csv e <aba>.json para cada aba, e manifest.json (quando, qual planilha, quantas linhas). Nos arquivos CSV, uma célula que começa com = + - ou @ recebe um apóstrofo na frente, para que nenhum programa de planilhas a execute; os arquivos JSON guardam os valores exatos e são o que “lacralo sheet restore” lê. Código de saída: 0 quando concluído, 1 em caso de falha, 2 para argumentos incorretos.',
    'cli.sheet.restore.synopsis':
      'lacralo sheet restore --spreadsheet <id> --from <pasta> [--force] [--credentials <chave.json>]',
    'cli.sheet.restore.summary': 'grava de volta numa planilha um backup feito com “sheet export”',
    'cli.sheet.restore.details':
      'Cria as abas que faltam na planilha e grava cada aba do backup a partir do seu arquivo JSON; texto continua texto (nada é lido como fórmula). As abas que têm linhas só são sobrescritas com --force. São restaurados os valores, não a formatação: depois, execute “lacralo sheet init” para as listas suspensas e os cabeçalhos protegidos. Código de saída: 0 quando restaurado, 1 quando recusado ou com falha, 2 para argumentos incorretos ou um backup que não pode ser lido.',
    'cli.sheet.importEvents.synopsis':
      'lacralo sheet import-events --spreadsheet <id> <arquivo.csv> [--credentials <chave.json>]',
    'cli.sheet.importEvents.summary':
      'importa uma tabela do calendário (CSV) para a aba Events, como faz “Importar eventos” no complemento',
    'cli.sheet.importEvents.details':
      'Faz a mesma importação que “lacralo events import” e acrescenta à aba Events os eventos cujo ID ela ainda não tem; executado de novo, não acrescenta nada. Quando a tabela tem erros, nada é gravado. Código de saída: 0 quando importado, 1 para erros na tabela ou uma falha, 2 para argumentos incorretos ou um arquivo que não pode ser lido.',
    'cli.sheet.export.done': 'Backup de {tabs} abas de “{title}” em {folder}:',
    'cli.sheet.export.tab': '{tab}: {rows} linhas ({csv}, {json})',
    'cli.sheet.restore.refused':
      'Nada foi restaurado: estas abas têm linhas que o backup sobrescreveria: {tabs}. Execute o comando de novo com --force para sobrescrevê-las.',
    'cli.sheet.restore.done': 'Backup de {date} (“{title}”) restaurado:',
    'cli.sheet.restore.tab': '{tab}: {rows} linhas',
    'cli.sheet.restore.tabCreated': '{tab}: {rows} linhas (aba criada)',
    'cli.sheet.restore.next':
      'Execute “lacralo sheet init” para adicionar as listas suspensas e as linhas de cabeçalho protegidas às abas novas.',
    'cli.sheet.importEvents.refused':
      'Nada foi gravado na planilha: a tabela tem {count} erros. Corrija-os e execute o comando de novo.',
    'cli.sheet.importEvents.done':
      'Aba Events: {added} eventos acrescentados, {existing} já estavam lá.',
    'cli.sheet.error.missingSpreadsheet':
      'falta a planilha: indique --spreadsheet <id> (a parte longa do URL, entre /d/ e /edit).',
    'cli.sheet.error.badSpreadsheetId':
      '“{value}” não é o id de uma planilha. Copie a parte longa do URL da planilha, entre /d/ e /edit (ou indique o URL completo).',
    'cli.sheet.error.missingOut': 'falta a pasta onde gravar o backup: indique --out <pasta>.',
    'cli.sheet.error.missingFrom': 'falta o backup a restaurar: indique --from <pasta>.',
    'cli.sheet.error.badRootUrl':
      'LACRALO_SHEETS_ROOT_URL não é um endereço http ou https: “{url}”.',
    'cli.sheet.error.keyFileNotFound':
      'não é possível ler o arquivo de chave {file}: esse arquivo não existe. Indique o caminho da chave JSON da conta de serviço com --credentials, ou coloque-o em GOOGLE_APPLICATION_CREDENTIALS.',
    'cli.sheet.error.keyFileUnreadable': 'não é possível ler o arquivo de chave {file}: {reason}.',
    'cli.sheet.error.isFolder': 'é uma pasta, não um arquivo',
    'cli.sheet.error.noReadPermission': 'você não tem permissão para lê-lo',
    'cli.sheet.error.keyFileNotJson':
      '{file} não é um arquivo de chave JSON. Baixe de novo a chave da conta de serviço em JSON (console do Cloud › IAM e administrador › Contas de serviço › Chaves › Adicionar chave › Criar nova chave › JSON).',
    'cli.sheet.error.keyFileOAuthClient':
      '{file} é um arquivo de cliente OAuth, não a chave de uma conta de serviço. Em vez dele, crie uma chave para a conta de serviço (console do Cloud › IAM e administrador › Contas de serviço › Chaves › Adicionar chave › Criar nova chave › JSON).',
    'cli.sheet.error.keyFileWrongType':
      '{file} contém credenciais do tipo “{type}”. Indique a chave de uma conta de serviço (tipo service_account) ou credenciais padrão do aplicativo (tipo authorized_user).',
    'cli.sheet.error.keyFileIncomplete':
      '{file} não é uma chave de conta de serviço completa (ausente ou incorreto: {fields}). Baixe uma nova chave JSON para a conta de serviço e tente de novo.',
    'cli.sheet.error.noCredentials':
      'nenhuma credencial do Google encontrada. Indique a chave de uma conta de serviço com --credentials <chave.json> (ou defina GOOGLE_APPLICATION_CREDENTIALS), ou faça login com: gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/cloud-platform',
    'cli.sheet.error.noAccess':
      '{account} não consegue abrir a planilha {spreadsheet}. Compartilhe a planilha com {account} como Editor (botão Compartilhar, no canto superior direito) e tente de novo.',
    'cli.sheet.error.noAccessUnknownAccount':
      'suas credenciais do Google não conseguem abrir a planilha {spreadsheet}. Compartilhe-a como Editor com a conta a que elas pertencem e tente de novo.',
    'cli.sheet.error.notFound':
      'não existe planilha com o id {spreadsheet}. Confira o id: é a parte longa do URL da planilha, entre /d/ e /edit.',
    'cli.sheet.error.apiDisabled':
      'a API do Google Sheets não está ativada no projeto do Cloud {project}. Ative-a (console do Cloud › APIs e serviços › Biblioteca › Google Sheets API › Ativar), aguarde alguns minutos e tente de novo.',
    'cli.sheet.error.credentialsRefused':
      'o Google recusou as credenciais ({reason}). A chave pode ter sido excluída ou a conta de serviço desativada: crie uma nova chave JSON e tente de novo.',
    'cli.sheet.error.unreachable':
      'não é possível acessar a API do Google Sheets ({reason}). Verifique a conexão de rede (e o proxy, se houver) e tente de novo.',
    'cli.sheet.error.quota':
      'o Google está limitando as solicitações à API do Sheets neste momento. Aguarde um minuto e tente de novo.',
    'cli.sheet.error.api': 'a API do Google Sheets respondeu {status}: {message}',
    'cli.sheet.error.unexpected': 'a solicitação ao Google falhou: {reason}',
    'cli.sheet.error.missingTab':
      'a planilha não tem a aba {tab}. Configure-a primeiro: lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.missingColumns':
      'faltam à aba {tab} as colunas {headers}. Adicione-as com: lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.cannotWrite': 'não é possível gravar {file}: {reason}.',
    'cli.sheet.error.noManifest':
      '{folder} não contém manifest.json: indique a pasta que “lacralo sheet export” gravou.',
    'cli.sheet.error.badBackupFile':
      '{file} não pode ser lido como parte de um backup feito com “lacralo sheet export”, então nada foi restaurado. Verifique se a pasta contém um backup completo e sem alterações.',
    'cli.sheet.error.extraArgument': 'argumento a mais: “{argument}”.',
  },
  fr: {
    'cli.usage.intro': 'lacralo : le LACRALO Outreach Toolkit depuis un terminal.',
    'cli.usage.label': 'Utilisation :',
    'cli.usage.main': 'lacralo <commande> [options]',
    'cli.usage.group': 'lacralo {group} <commande> [options]',
    'cli.usage.commands': 'Commandes :',
    'cli.usage.options': 'Options :',
    'cli.usage.value': 'valeur',
    'cli.usage.more': 'Les options de chaque commande : {example}',
    'cli.option.lang':
      'langue des messages : en, es, pt ou fr (par défaut : celle de LANG, sinon en)',
    'cli.option.help': 'affiche cette aide',
    'cli.option.json': 'affiche les événements et les problèmes en JSON au lieu du rapport',
    'cli.events.import.synopsis': 'lacralo events import <fichier.csv> [--json] [--lang <code>]',
    'cli.events.import.summary':
      'vérifie un tableau du calendrier (CSV) et liste ses événements et ses problèmes',
    'cli.events.import.details':
      'Code de sortie : 0 si le tableau n’a pas d’erreur (les avertissements sont admis), 1 s’il a des erreurs, 2 pour des arguments incorrects ou un fichier illisible.',
    'cli.report.title': 'Import du calendrier : {file}',
    'cli.report.row': 'Ligne',
    'cli.report.column': 'Colonne',
    'cli.report.severity': 'Gravité',
    'cli.report.message': 'Message',
    'cli.report.noProblems': 'Aucun problème trouvé.',
    'cli.report.counts': 'Événements : {events}   Erreurs : {errors}   Avertissements : {warnings}',
    'cli.report.ready': 'Aucune erreur : le calendrier peut être publié.',
    'cli.report.readyWithWarnings':
      'Aucune erreur : le calendrier peut être publié. Vérifiez d’abord les avertissements ci-dessus.',
    'cli.report.blocked':
      'Les lignes avec des erreurs ont été laissées de côté, et un calendrier avec des erreurs ne peut pas être publié. Corrigez-les dans la feuille, puis relancez l’import.',
    'cli.error.missingCommand': 'il manque une commande.',
    'cli.error.unknownCommand': 'commande inconnue : « {command} ».',
    'cli.error.unknownOption': 'option inconnue : « {option} ».',
    'cli.error.missingValue': 'l’option « {option} » demande une valeur.',
    'cli.error.unexpectedValue': 'l’option « {option} » ne prend pas de valeur.',
    'cli.error.unknownLanguage': 'langue inconnue : « {value} ». Utilisez en, es, pt ou fr.',
    'cli.error.missingFile': 'il manque le fichier à importer.',
    'cli.error.extraArgument': 'argument en trop : « {argument} ». Indiquez un seul fichier.',
    'cli.error.fileNotFound': 'impossible de lire {file} : ce fichier n’existe pas.',
    'cli.error.fileIsDirectory': 'impossible de lire {file} : c’est un dossier, pas un fichier.',
    'cli.error.fileNoPermission':
      'impossible de lire {file} : vous n’avez pas le droit de le lire.',
    'cli.error.fileUnreadable': 'impossible de lire {file} : {reason}',
    'cli.error.fileNotUtf8':
      'impossible de lire {file} : ce n’est pas du texte UTF-8. Exportez-le de nouveau en « CSV UTF-8 », puis réessayez.',
    'cli.error.seeHelp': 'Voir « {command} --help ».',
    'cli.option.spreadsheet':
      'la feuille de calcul : son identifiant (la longue partie de son URL, entre /d/ et /edit) ou son URL',
    'cli.option.credentials':
      'le fichier de clé JSON d’un compte de service (par défaut : GOOGLE_APPLICATION_CREDENTIALS, sinon les identifiants par défaut de l’application)',
    'cli.option.out': 'le dossier où écrire la sauvegarde (créé s’il n’existe pas)',
    'cli.option.from': 'le dossier d’une sauvegarde faite avec « lacralo sheet export »',
    'cli.option.force': 'écrase les onglets qui contiennent des lignes',
    'cli.sheet.init.synopsis':
      'lacralo sheet init --spreadsheet <id> [--credentials <clé.json>] [--lang <code>]',
    'cli.sheet.init.summary':
      'configure une feuille de calcul comme le LACRALO Dashboard (onglets, en-têtes, listes déroulantes), comme le fait le module complémentaire',
    'cli.sheet.init.details':
      'Crée les onglets et les colonnes qui manquent, fige et protège les lignes d’en-tête (avec un simple avertissement), ajoute les listes déroulantes et remplit Countries et Settings tant qu’ils sont vides. Ne déplace et ne supprime jamais rien ; relancé, ne change rien. Code de sortie : 0 si c’est fait, 1 si Google a refusé ou n’a pas pu être joint, 2 pour des arguments ou des identifiants incorrects.',
    'cli.sheet.export.synopsis':
      'lacralo sheet export --spreadsheet <id> --out <dossier> [--credentials <clé.json>]',
    'cli.sheet.export.summary':
      'sauvegarde chaque onglet d’une feuille de calcul dans des fichiers CSV et JSON',
    'cli.sheet.export.details':
      'Écrit <onglet>.csv et <onglet>.json pour chaque onglet, ainsi que manifest.json (quand, quelle feuille de calcul, combien de lignes). Dans les CSV, une cellule qui commence par = + - ou @ reçoit une apostrophe en tête, pour qu’aucun tableur ne l’exécute ; les fichiers JSON gardent les valeurs exactes et c’est eux que lit « lacralo sheet restore ». Code de sortie : 0 si c’est fait, 1 en cas d’échec, 2 pour des arguments incorrects.',
    'cli.sheet.restore.synopsis':
      'lacralo sheet restore --spreadsheet <id> --from <dossier> [--force] [--credentials <clé.json>]',
    'cli.sheet.restore.summary':
      'réécrit dans une feuille de calcul une sauvegarde faite avec « sheet export »',
    'cli.sheet.restore.details':
      'Crée les onglets qui manquent à la feuille de calcul et écrit chaque onglet de la sauvegarde à partir de son fichier JSON ; le texte reste du texte (rien n’est lu comme une formule). Les onglets qui contiennent des lignes ne sont écrasés qu’avec --force. Ce sont les valeurs qui sont restaurées, pas la mise en forme : lancez ensuite « lacralo sheet init » pour les listes déroulantes et les en-têtes protégés. Code de sortie : 0 si c’est restauré, 1 en cas de refus ou d’échec, 2 pour des arguments incorrects ou une sauvegarde illisible.',
    'cli.sheet.importEvents.synopsis':
      'lacralo sheet import-events --spreadsheet <id> <fichier.csv> [--credentials <clé.json>]',
    'cli.sheet.importEvents.summary':
      'importe un tableau du calendrier (CSV) dans l’onglet Events, comme le fait « Importer des événements » dans le module complémentaire',
    'cli.sheet.importEvents.details':
      'Fait le même import que « lacralo events import » et ajoute à l’onglet Events les événements dont il n’a pas encore l’ID ; relancé, il n’ajoute rien. Si le tableau a des erreurs, rien n’est écrit. Code de sortie : 0 si c’est importé, 1 pour des erreurs dans le tableau ou un échec, 2 pour des arguments incorrects ou un fichier illisible.',
    'cli.sheet.export.done': 'Sauvegarde de {tabs} onglets de « {title} » dans {folder} :',
    'cli.sheet.export.tab': '{tab} : {rows} lignes ({csv}, {json})',
    'cli.sheet.restore.refused':
      'Rien n’a été restauré : ces onglets contiennent des lignes que la sauvegarde écraserait : {tabs}. Relancez la commande avec --force pour les écraser.',
    'cli.sheet.restore.done': 'Sauvegarde du {date} (« {title} ») restaurée :',
    'cli.sheet.restore.tab': '{tab} : {rows} lignes',
    'cli.sheet.restore.tabCreated': '{tab} : {rows} lignes (onglet créé)',
    'cli.sheet.restore.next':
      'Lancez « lacralo sheet init » pour ajouter les listes déroulantes et les lignes d’en-tête protégées aux nouveaux onglets.',
    'cli.sheet.importEvents.refused':
      'Rien n’a été écrit dans la feuille de calcul : le tableau a {count} erreurs. Corrigez-les, puis relancez la commande.',
    'cli.sheet.importEvents.done':
      'Onglet Events : {added} événements ajoutés, {existing} déjà présents.',
    'cli.sheet.error.missingSpreadsheet':
      'il manque la feuille de calcul : indiquez --spreadsheet <id> (la longue partie de son URL, entre /d/ et /edit).',
    'cli.sheet.error.badSpreadsheetId':
      '« {value} » n’est pas l’identifiant d’une feuille de calcul. Copiez la longue partie de l’URL de la feuille, entre /d/ et /edit (ou indiquez l’URL complète).',
    'cli.sheet.error.missingOut':
      'il manque le dossier où écrire la sauvegarde : indiquez --out <dossier>.',
    'cli.sheet.error.missingFrom':
      'il manque la sauvegarde à restaurer : indiquez --from <dossier>.',
    'cli.sheet.error.badRootUrl':
      'LACRALO_SHEETS_ROOT_URL n’est pas une adresse http ou https : « {url} ».',
    'cli.sheet.error.keyFileNotFound':
      'impossible de lire le fichier de clé {file} : ce fichier n’existe pas. Indiquez le chemin de la clé JSON du compte de service avec --credentials, ou mettez-le dans GOOGLE_APPLICATION_CREDENTIALS.',
    'cli.sheet.error.keyFileUnreadable': 'impossible de lire le fichier de clé {file} : {reason}.',
    'cli.sheet.error.isFolder': 'c’est un dossier, pas un fichier',
    'cli.sheet.error.noReadPermission': 'vous n’avez pas le droit de le lire',
    'cli.sheet.error.keyFileNotJson':
      '{file} n’est pas un fichier de clé JSON. Téléchargez de nouveau la clé du compte de service au format JSON (console Cloud › IAM et administration › Comptes de service › Clés › Ajouter une clé › Créer une clé › JSON).',
    'cli.sheet.error.keyFileOAuthClient':
      '{file} est un fichier de client OAuth, pas la clé d’un compte de service. Créez plutôt une clé pour le compte de service (console Cloud › IAM et administration › Comptes de service › Clés › Ajouter une clé › Créer une clé › JSON).',
    'cli.sheet.error.keyFileWrongType':
      '{file} contient des identifiants de type « {type} ». Indiquez la clé d’un compte de service (type service_account) ou des identifiants par défaut de l’application (type authorized_user).',
    'cli.sheet.error.keyFileIncomplete':
      '{file} n’est pas une clé de compte de service complète ({fields} manquant ou incorrect). Téléchargez une nouvelle clé JSON pour le compte de service, puis réessayez.',
    'cli.sheet.error.noCredentials':
      'aucun identifiant Google trouvé. Indiquez la clé d’un compte de service avec --credentials <clé.json> (ou définissez GOOGLE_APPLICATION_CREDENTIALS), ou connectez-vous avec : gcloud auth application-default login --scopes=https://www.googleapis.com/auth/spreadsheets,https://www.googleapis.com/auth/cloud-platform',
    'cli.sheet.error.noAccess':
      '{account} ne peut pas ouvrir la feuille de calcul {spreadsheet}. Partagez la feuille avec {account} en tant qu’Éditeur (bouton Partager, en haut à droite), puis réessayez.',
    'cli.sheet.error.noAccessUnknownAccount':
      'vos identifiants Google ne peuvent pas ouvrir la feuille de calcul {spreadsheet}. Partagez-la en tant qu’Éditeur avec le compte auquel ils appartiennent, puis réessayez.',
    'cli.sheet.error.notFound':
      'il n’existe aucune feuille de calcul avec l’identifiant {spreadsheet}. Vérifiez l’identifiant : c’est la longue partie de l’URL de la feuille, entre /d/ et /edit.',
    'cli.sheet.error.apiDisabled':
      'l’API Google Sheets n’est pas activée dans le projet Cloud {project}. Activez-la (console Cloud › API et services › Bibliothèque › Google Sheets API › Activer), attendez quelques minutes, puis réessayez.',
    'cli.sheet.error.credentialsRefused':
      'Google a refusé les identifiants ({reason}). La clé a peut-être été supprimée ou le compte de service désactivé : créez une nouvelle clé JSON, puis réessayez.',
    'cli.sheet.error.unreachable':
      'impossible de joindre l’API Google Sheets ({reason}). Vérifiez la connexion réseau (et le proxy, s’il y en a un), puis réessayez.',
    'cli.sheet.error.quota':
      'Google limite en ce moment les requêtes vers l’API Sheets. Attendez une minute, puis réessayez.',
    'cli.sheet.error.api': 'l’API Google Sheets a répondu {status} : {message}',
    'cli.sheet.error.unexpected': 'la requête vers Google a échoué : {reason}',
    'cli.sheet.error.missingTab':
      'la feuille de calcul n’a pas d’onglet {tab}. Configurez-la d’abord : lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.missingColumns':
      'il manque à l’onglet {tab} les colonnes {headers}. Ajoutez-les avec : lacralo sheet init --spreadsheet {spreadsheet}',
    'cli.sheet.error.cannotWrite': 'impossible d’écrire {file} : {reason}.',
    'cli.sheet.error.noManifest':
      '{folder} ne contient pas de manifest.json : indiquez le dossier écrit par « lacralo sheet export ».',
    'cli.sheet.error.badBackupFile':
      '{file} ne peut pas être lu comme une partie d’une sauvegarde faite avec « lacralo sheet export » ; rien n’a donc été restauré. Vérifiez que le dossier contient une sauvegarde complète et non modifiée.',
    'cli.sheet.error.extraArgument': 'argument en trop : « {argument} ».',
  },
})
