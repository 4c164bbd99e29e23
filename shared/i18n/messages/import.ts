// Messages of the import surface: the problems the calendar import reports, in four languages.
import { defineMessages } from '../define-messages'

export const importMessages = defineMessages({
  en: {
    'import.at.cell': 'Row {row}, column {column}:',
    'import.at.row': 'Row {row}:',
    'import.csv.quotes':
      'a quotation mark opened in this row is never closed, so the rest of the file was read as one cell. Close the quotes, or remove the stray quotation mark.',
    'import.header.noTitle':
      'no column holds the event titles, so nothing was imported. Write "Event Name" (or Title, Nombre del evento, Título, Titre) as the header of that column, in the first row.',
    'import.header.noDate':
      'no column holds the event dates, so every event is imported undated and tentative. Write "Date" (or Start date, Fecha, Data) as the header of the dates column.',
    'import.header.unknown':
      'the import does not know this column, so it was ignored. If it holds event details, rename it (for example Country, City, URL, Status, Category, Format or Time zone).',
    'import.header.duplicate':
      'this column holds the same information as column {other}, so it was ignored. Remove or rename one of the two.',
    'import.title.missing':
      'this row has no event title, so it was not imported. Add the title, or delete the row if it is not an event.',
    'import.title.placeholder':
      'the title is marked {marker}, so the event is imported as tentative. When the details are settled, remove the marker from the title.',
    'import.title.repeated':
      "'{title}' is also in row {otherRow}, on {otherDate}: it may be the same event entered twice. If so, delete one of the rows; if they are different events, give them different names.",
    'import.title.repeatedUndated':
      "'{title}' is also in row {otherRow}, and one of the two has no date: it may be the same event entered twice. If so, delete one of the rows; if they are different events, give them different names.",
    'import.text.tooLong': 'the text is longer than {max} characters. Shorten it.',
    'import.date.dayFirst':
      "'{value}' reads as {date} (day first); the rest of the sheet is month first. Please confirm.",
    'import.date.monthFirst':
      "'{value}' reads as {date} (month first); the rest of the sheet is day first. Please confirm.",
    'import.date.otherYear':
      "'{value}' reads as {date}, but the rest of the calendar is in {calendarYear}. If the year is a typo, correct it to {calendarYear}; if the event really is in {year}, leave it as it is.",
    'import.date.yearAssumed':
      "'{value}' has no year, so it is read as {date}, in the year of the rest of the calendar. Add the year to be sure.",
    'import.date.noYear':
      "'{value}' has no year, and no other date in the sheet has one to go by. Add the year.",
    'import.date.placeholder':
      "'{value}' is not a date yet, so the event is imported undated and tentative. Enter the date when it is known.",
    'import.date.missing':
      'the event has no date, so it is imported undated and tentative. Enter the date when it is known.',
    'import.date.invalid':
      "'{value}' is not a date the import can read. Write it like {example}, 2023-05-25 or 25 May 2023; if the date is not known yet, write TBD.",
    'import.date.endBeforeStart':
      'the end date, {end}, is before the start date, {start}. Correct one of them.',
    'import.date.endWithoutStart':
      'there is an end date but no start date. Add the start date, or clear the end date.',
    'import.date.endUnknown':
      "'{value}' is not a date, so the event is imported without an end date. Enter it when it is known.",
    'import.time.invalid':
      "'{value}' is not a time the import can read. Write it like 14:30 or 2:30 PM.",
    'import.time.noZone':
      'the event has a time but no time zone, so nobody can tell when it starts. Add a Time zone column with a name such as America/Mexico_City.',
    'import.time.undated':
      'the event has a time but no date yet, so the time was left out. Enter the date when it is known.',
    'import.time.endWithoutStart':
      'there is an end time but no start time. Add the start time, or clear the end time.',
    'import.timeZone.invalid':
      "'{value}' is not a time zone name. Use a name from the IANA list, such as America/Bogota or America/Port_of_Spain.",
    'import.country.unknown':
      "'{value}' is not a country the import knows. Write the country's name (Mexico, Brazil) or its two-letter ISO code (MX, BR).",
    'import.country.suggested':
      'the title names {place}, so the country is set to {country} ({code}). Please confirm, or write the right country in a Country column.',
    'import.url.invalid':
      "'{value}' is not a web address. Write the full link, starting with https://.",
    'import.url.schemeAdded':
      "'{value}' had no https:// in front, so it was added. Check that the link opens.",
    'import.status.invalid': "'{value}' is not a status. Use one of: {choices}.",
    'import.status.undatedConfirmed':
      'the status says confirmed, but the event has no date, so it is imported as tentative. Enter the date, or change the status.',
    'import.category.invalid':
      "'{value}' is not a category. Use one of: {choices}; or leave the cell empty and the import chooses from the title.",
    'import.format.invalid':
      "'{value}' is not a format. Use one of: {choices}; or leave the cell empty and the import chooses from the title.",
    'import.languages.invalid':
      "'{value}' is not a list of languages the import knows. Write en, es, pt or fr (or English, Español, Português, Français), separated by commas.",
    'import.crop.invalid':
      "'{value}' is neither yes nor no. Write yes or no, or leave the cell empty for no.",
    'import.id.invalid':
      "'{value}' is not a valid id: use lower-case letters without accents, digits and hyphens (at most 80), starting with a letter or digit. Or leave the cell empty to have one made from the title and date.",
    'import.id.duplicate':
      "the id '{value}' is already used in row {otherRow}, so this row was not imported. Give each event its own id.",
    'import.event.invalid': 'this row could not be imported ({detail}). Check its cells.',
  },
  es: {
    'import.at.cell': 'Fila {row}, columna {column}:',
    'import.at.row': 'Fila {row}:',
    'import.csv.quotes':
      'unas comillas que se abren en esta fila nunca se cierran, así que el resto del archivo se leyó como una sola celda. Cierre las comillas o quite la que sobra.',
    'import.header.noTitle':
      'ninguna columna contiene los títulos de los eventos, así que no se importó nada. Escriba «Nombre del evento» (o Evento, Título, Event Name, Titre) como encabezado de esa columna, en la primera fila.',
    'import.header.noDate':
      'ninguna columna contiene las fechas de los eventos, así que todos se importan sin fecha y como tentativos. Escriba «Fecha» (o Fecha de inicio, Date, Data) como encabezado de la columna de fechas.',
    'import.header.unknown':
      'la importación no reconoce esta columna, así que la ignoró. Si contiene datos de los eventos, cámbiele el nombre (por ejemplo País, Ciudad, URL, Estado, Categoría, Formato o Zona horaria).',
    'import.header.duplicate':
      'esta columna contiene la misma información que la columna {other}, así que se ignoró. Quite una de las dos o cámbiele el nombre.',
    'import.title.missing':
      'esta fila no tiene título de evento, así que no se importó. Agregue el título, o borre la fila si no es un evento.',
    'import.title.placeholder':
      'el título lleva la marca {marker}, así que el evento se importa como tentativo. Cuando los detalles estén definidos, quite la marca del título.',
    'import.title.repeated':
      '«{title}» también está en la fila {otherRow}, el {otherDate}: puede ser el mismo evento anotado dos veces. Si es así, borre una de las filas; si son eventos distintos, deles nombres distintos.',
    'import.title.repeatedUndated':
      '«{title}» también está en la fila {otherRow}, y una de las dos no tiene fecha: puede ser el mismo evento anotado dos veces. Si es así, borre una de las filas; si son eventos distintos, deles nombres distintos.',
    'import.text.tooLong': 'el texto tiene más de {max} caracteres. Acórtelo.',
    'import.date.dayFirst':
      '«{value}» se lee como {date} (primero el día); el resto de la hoja pone primero el mes. Por favor, confírmelo.',
    'import.date.monthFirst':
      '«{value}» se lee como {date} (primero el mes); el resto de la hoja pone primero el día. Por favor, confírmelo.',
    'import.date.otherYear':
      '«{value}» se lee como {date}, pero el resto del calendario es de {calendarYear}. Si el año está mal escrito, corríjalo a {calendarYear}; si el evento de verdad es en {year}, déjelo como está.',
    'import.date.yearAssumed':
      '«{value}» no tiene año, así que se lee como {date}, en el año del resto del calendario. Agregue el año para estar seguros.',
    'import.date.noYear':
      '«{value}» no tiene año, y ninguna otra fecha de la hoja tiene uno que sirva de referencia. Agregue el año.',
    'import.date.placeholder':
      '«{value}» todavía no es una fecha, así que el evento se importa sin fecha y como tentativo. Escriba la fecha cuando se conozca.',
    'import.date.missing':
      'el evento no tiene fecha, así que se importa sin fecha y como tentativo. Escriba la fecha cuando se conozca.',
    'import.date.invalid':
      '«{value}» no es una fecha que la importación pueda leer. Escríbala como {example}, 2023-05-25 o 25 de mayo de 2023; si la fecha aún no se conoce, escriba «por confirmar».',
    'import.date.endBeforeStart':
      'la fecha de fin, {end}, es anterior a la de inicio, {start}. Corrija una de las dos.',
    'import.date.endWithoutStart':
      'hay fecha de fin pero no de inicio. Agregue la fecha de inicio o borre la de fin.',
    'import.date.endUnknown':
      '«{value}» no es una fecha, así que el evento se importa sin fecha de fin. Escríbala cuando se conozca.',
    'import.time.invalid':
      '«{value}» no es una hora que la importación pueda leer. Escríbala como 14:30 o 2:30 PM.',
    'import.time.noZone':
      'el evento tiene hora pero no zona horaria, así que no se sabe cuándo empieza. Agregue una columna Zona horaria con un nombre como America/Mexico_City.',
    'import.time.undated':
      'el evento tiene hora pero todavía no tiene fecha, así que la hora se dejó fuera. Escriba la fecha cuando se conozca.',
    'import.time.endWithoutStart':
      'hay hora de fin pero no de inicio. Agregue la hora de inicio o borre la de fin.',
    'import.timeZone.invalid':
      '«{value}» no es el nombre de una zona horaria. Use un nombre de la lista de la IANA, como America/Bogota o America/Port_of_Spain.',
    'import.country.unknown':
      '«{value}» no es un país que la importación conozca. Escriba el nombre del país (México, Brasil) o su código ISO de dos letras (MX, BR).',
    'import.country.suggested':
      'el título menciona {place}, así que el país queda como {country} ({code}). Por favor, confírmelo, o escriba el país correcto en una columna País.',
    'import.url.invalid':
      '«{value}» no es una dirección web. Escriba el enlace completo, empezando por https://.',
    'import.url.schemeAdded':
      'a «{value}» le faltaba https:// al principio, así que se agregó. Compruebe que el enlace abre.',
    'import.status.invalid': '«{value}» no es un estado. Use uno de estos: {choices}.',
    'import.status.undatedConfirmed':
      'el estado dice confirmado, pero el evento no tiene fecha, así que se importa como tentativo. Escriba la fecha o cambie el estado.',
    'import.category.invalid':
      '«{value}» no es una categoría. Use una de estas: {choices}; o deje la celda vacía y la importación la elige a partir del título.',
    'import.format.invalid':
      '«{value}» no es un formato. Use uno de estos: {choices}; o deje la celda vacía y la importación lo elige a partir del título.',
    'import.languages.invalid':
      '«{value}» no es una lista de idiomas que la importación conozca. Escriba en, es, pt o fr (o English, Español, Português, Français), separados por comas.',
    'import.crop.invalid':
      '«{value}» no es ni sí ni no. Escriba sí o no, o deje la celda vacía para decir no.',
    'import.id.invalid':
      '«{value}» no es un identificador válido: use minúsculas sin acentos, dígitos y guiones (80 como máximo), empezando por una letra o un dígito. O deje la celda vacía para que se genere a partir del título y la fecha.',
    'import.id.duplicate':
      'el identificador «{value}» ya se usa en la fila {otherRow}, así que esta fila no se importó. Dé a cada evento su propio identificador.',
    'import.event.invalid': 'esta fila no se pudo importar ({detail}). Revise sus celdas.',
  },
  pt: {
    'import.at.cell': 'Linha {row}, coluna {column}:',
    'import.at.row': 'Linha {row}:',
    'import.csv.quotes':
      'umas aspas abertas nesta linha nunca são fechadas, então o resto do arquivo foi lido como uma só célula. Feche as aspas ou remova a que sobra.',
    'import.header.noTitle':
      'nenhuma coluna contém os títulos dos eventos, então nada foi importado. Escreva “Nome do evento” (ou Evento, Título, Event Name, Titre) como cabeçalho dessa coluna, na primeira linha.',
    'import.header.noDate':
      'nenhuma coluna contém as datas dos eventos, então todos são importados sem data e como provisórios. Escreva “Data” (ou Data de início, Date, Fecha) como cabeçalho da coluna de datas.',
    'import.header.unknown':
      'a importação não reconhece esta coluna, então ela foi ignorada. Se ela contém dados dos eventos, renomeie-a (por exemplo País, Cidade, URL, Status, Categoria, Formato ou Fuso horário).',
    'import.header.duplicate':
      'esta coluna contém a mesma informação que a coluna {other}, então foi ignorada. Remova ou renomeie uma das duas.',
    'import.title.missing':
      'esta linha não tem título de evento, então não foi importada. Adicione o título, ou apague a linha se não for um evento.',
    'import.title.placeholder':
      'o título tem a marca {marker}, então o evento é importado como provisório. Quando os detalhes estiverem definidos, tire a marca do título.',
    'import.title.repeated':
      '“{title}” também está na linha {otherRow}, em {otherDate}: pode ser o mesmo evento registrado duas vezes. Se for, apague uma das linhas; se forem eventos diferentes, dê nomes diferentes a eles.',
    'import.title.repeatedUndated':
      '“{title}” também está na linha {otherRow}, e uma das duas não tem data: pode ser o mesmo evento registrado duas vezes. Se for, apague uma das linhas; se forem eventos diferentes, dê nomes diferentes a eles.',
    'import.text.tooLong': 'o texto tem mais de {max} caracteres. Encurte-o.',
    'import.date.dayFirst':
      '“{value}” é lido como {date} (dia primeiro); o resto da planilha põe o mês primeiro. Confirme, por favor.',
    'import.date.monthFirst':
      '“{value}” é lido como {date} (mês primeiro); o resto da planilha põe o dia primeiro. Confirme, por favor.',
    'import.date.otherYear':
      '“{value}” é lido como {date}, mas o resto do calendário é de {calendarYear}. Se o ano foi digitado errado, corrija para {calendarYear}; se o evento é mesmo em {year}, deixe como está.',
    'import.date.yearAssumed':
      '“{value}” não tem ano, então é lido como {date}, no ano do resto do calendário. Adicione o ano para ter certeza.',
    'import.date.noYear':
      '“{value}” não tem ano, e nenhuma outra data da planilha tem um que sirva de referência. Adicione o ano.',
    'import.date.placeholder':
      '“{value}” ainda não é uma data, então o evento é importado sem data e como provisório. Preencha a data quando ela for conhecida.',
    'import.date.missing':
      'o evento não tem data, então é importado sem data e como provisório. Preencha a data quando ela for conhecida.',
    'import.date.invalid':
      '“{value}” não é uma data que a importação consiga ler. Escreva como {example}, 2023-05-25 ou 25 de maio de 2023; se a data ainda não for conhecida, escreva “a definir”.',
    'import.date.endBeforeStart':
      'a data de término, {end}, é anterior à de início, {start}. Corrija uma das duas.',
    'import.date.endWithoutStart':
      'há data de término, mas não de início. Adicione a data de início ou apague a de término.',
    'import.date.endUnknown':
      '“{value}” não é uma data, então o evento é importado sem data de término. Preencha quando ela for conhecida.',
    'import.time.invalid':
      '“{value}” não é um horário que a importação consiga ler. Escreva como 14:30 ou 2:30 PM.',
    'import.time.noZone':
      'o evento tem horário, mas não fuso horário, então não dá para saber quando começa. Adicione uma coluna Fuso horário com um nome como America/Sao_Paulo.',
    'import.time.undated':
      'o evento tem horário, mas ainda não tem data, então o horário foi deixado de fora. Preencha a data quando ela for conhecida.',
    'import.time.endWithoutStart':
      'há horário de término, mas não de início. Adicione o horário de início ou apague o de término.',
    'import.timeZone.invalid':
      '“{value}” não é o nome de um fuso horário. Use um nome da lista da IANA, como America/Bogota ou America/Port_of_Spain.',
    'import.country.unknown':
      '“{value}” não é um país que a importação conheça. Escreva o nome do país (México, Brasil) ou o código ISO de duas letras (MX, BR).',
    'import.country.suggested':
      'o título menciona {place}, então o país ficou como {country} ({code}). Confirme, por favor, ou escreva o país certo em uma coluna País.',
    'import.url.invalid':
      '“{value}” não é um endereço web. Escreva o link completo, começando com https://.',
    'import.url.schemeAdded':
      'faltava https:// no início de “{value}”, então foi adicionado. Verifique se o link abre.',
    'import.status.invalid': '“{value}” não é um status. Use um destes: {choices}.',
    'import.status.undatedConfirmed':
      'o status diz confirmado, mas o evento não tem data, então é importado como provisório. Preencha a data ou mude o status.',
    'import.category.invalid':
      '“{value}” não é uma categoria. Use uma destas: {choices}; ou deixe a célula vazia e a importação escolhe pelo título.',
    'import.format.invalid':
      '“{value}” não é um formato. Use um destes: {choices}; ou deixe a célula vazia e a importação escolhe pelo título.',
    'import.languages.invalid':
      '“{value}” não é uma lista de idiomas que a importação conheça. Escreva en, es, pt ou fr (ou English, Español, Português, Français), separados por vírgulas.',
    'import.crop.invalid':
      '“{value}” não é nem sim nem não. Escreva sim ou não, ou deixe a célula vazia para não.',
    'import.id.invalid':
      '“{value}” não é um identificador válido: use letras minúsculas sem acento, dígitos e hífens (no máximo 80), começando por uma letra ou um dígito. Ou deixe a célula vazia para que ele seja gerado a partir do título e da data.',
    'import.id.duplicate':
      'o identificador “{value}” já é usado na linha {otherRow}, então esta linha não foi importada. Dê a cada evento um identificador próprio.',
    'import.event.invalid':
      'não foi possível importar esta linha ({detail}). Verifique as células.',
  },
  fr: {
    'import.at.cell': 'Ligne {row}, colonne {column} :',
    'import.at.row': 'Ligne {row} :',
    'import.csv.quotes':
      'des guillemets ouverts dans cette ligne ne sont jamais fermés : le reste du fichier a été lu comme une seule cellule. Fermez les guillemets, ou supprimez celui qui est en trop.',
    'import.header.noTitle':
      'aucune colonne ne contient les titres des événements : rien n’a été importé. Écrivez « Titre » (ou Event Name, Nombre del evento, Título) comme en-tête de cette colonne, sur la première ligne.',
    'import.header.noDate':
      'aucune colonne ne contient les dates des événements : tous sont importés sans date et comme provisoires. Écrivez « Date » (ou Date de début, Fecha, Data) comme en-tête de la colonne des dates.',
    'import.header.unknown':
      'l’import ne reconnaît pas cette colonne : elle a été ignorée. Si elle contient des informations sur les événements, renommez-la (par exemple Pays, Ville, URL, Statut, Catégorie, Format ou Fuseau horaire).',
    'import.header.duplicate':
      'cette colonne contient la même information que la colonne {other} : elle a été ignorée. Supprimez ou renommez l’une des deux.',
    'import.title.missing':
      'cette ligne n’a pas de titre d’événement : elle n’a pas été importée. Ajoutez le titre, ou supprimez la ligne si ce n’est pas un événement.',
    'import.title.placeholder':
      'le titre porte la mention {marker} : l’événement est importé comme provisoire. Quand les détails seront arrêtés, retirez la mention du titre.',
    'import.title.repeated':
      '« {title} » figure aussi à la ligne {otherRow}, le {otherDate} : c’est peut-être le même événement saisi deux fois. Si oui, supprimez l’une des lignes ; s’il s’agit de deux événements, donnez-leur des noms différents.',
    'import.title.repeatedUndated':
      '« {title} » figure aussi à la ligne {otherRow}, et l’une des deux n’a pas de date : c’est peut-être le même événement saisi deux fois. Si oui, supprimez l’une des lignes ; s’il s’agit de deux événements, donnez-leur des noms différents.',
    'import.text.tooLong': 'le texte dépasse {max} caractères. Raccourcissez-le.',
    'import.date.dayFirst':
      '« {value} » se lit {date} (jour en premier) ; le reste de la feuille met le mois en premier. Merci de vérifier.',
    'import.date.monthFirst':
      '« {value} » se lit {date} (mois en premier) ; le reste de la feuille met le jour en premier. Merci de vérifier.',
    'import.date.otherYear':
      '« {value} » se lit {date}, mais le reste du calendrier est en {calendarYear}. Si l’année est une faute de frappe, corrigez-la en {calendarYear} ; si l’événement a vraiment lieu en {year}, laissez-la telle quelle.',
    'import.date.yearAssumed':
      '« {value} » n’a pas d’année : la date se lit {date}, dans l’année du reste du calendrier. Ajoutez l’année pour en être sûr.',
    'import.date.noYear':
      '« {value} » n’a pas d’année, et aucune autre date de la feuille n’en donne une. Ajoutez l’année.',
    'import.date.placeholder':
      '« {value} » n’est pas encore une date : l’événement est importé sans date et comme provisoire. Saisissez la date dès qu’elle est connue.',
    'import.date.missing':
      'l’événement n’a pas de date : il est importé sans date et comme provisoire. Saisissez la date dès qu’elle est connue.',
    'import.date.invalid':
      '« {value} » n’est pas une date que l’import sait lire. Écrivez-la comme {example}, 2023-05-25 ou 25 mai 2023 ; si la date n’est pas encore connue, écrivez « à confirmer ».',
    'import.date.endBeforeStart':
      'la date de fin, {end}, est antérieure à la date de début, {start}. Corrigez l’une des deux.',
    'import.date.endWithoutStart':
      'il y a une date de fin mais pas de date de début. Ajoutez la date de début, ou effacez la date de fin.',
    'import.date.endUnknown':
      '« {value} » n’est pas une date : l’événement est importé sans date de fin. Saisissez-la dès qu’elle est connue.',
    'import.time.invalid':
      '« {value} » n’est pas une heure que l’import sait lire. Écrivez-la comme 14:30 ou 14h30.',
    'import.time.noZone':
      'l’événement a une heure mais pas de fuseau horaire : impossible de savoir quand il commence. Ajoutez une colonne Fuseau horaire avec un nom comme America/Port-au-Prince.',
    'import.time.undated':
      'l’événement a une heure mais pas encore de date : l’heure a été laissée de côté. Saisissez la date dès qu’elle est connue.',
    'import.time.endWithoutStart':
      'il y a une heure de fin mais pas d’heure de début. Ajoutez l’heure de début, ou effacez l’heure de fin.',
    'import.timeZone.invalid':
      '« {value} » n’est pas un nom de fuseau horaire. Utilisez un nom de la liste de l’IANA, comme America/Bogota ou America/Port_of_Spain.',
    'import.country.unknown':
      '« {value} » n’est pas un pays que l’import connaît. Écrivez le nom du pays (Mexique, Brésil) ou son code ISO à deux lettres (MX, BR).',
    'import.country.suggested':
      'le titre mentionne {place} : le pays est donc {country} ({code}). Merci de confirmer, ou d’indiquer le bon pays dans une colonne Pays.',
    'import.url.invalid':
      '« {value} » n’est pas une adresse web. Écrivez le lien complet, en commençant par https://.',
    'import.url.schemeAdded':
      'il manquait https:// au début de « {value} » : il a été ajouté. Vérifiez que le lien s’ouvre.',
    'import.status.invalid':
      '« {value} » n’est pas un statut. Utilisez l’un de ceux-ci : {choices}.',
    'import.status.undatedConfirmed':
      'le statut indique confirmé, mais l’événement n’a pas de date : il est importé comme provisoire. Saisissez la date, ou changez le statut.',
    'import.category.invalid':
      '« {value} » n’est pas une catégorie. Utilisez l’une de celles-ci : {choices} ; ou laissez la cellule vide et l’import la déduit du titre.',
    'import.format.invalid':
      '« {value} » n’est pas un format. Utilisez l’un de ceux-ci : {choices} ; ou laissez la cellule vide et l’import le déduit du titre.',
    'import.languages.invalid':
      '« {value} » n’est pas une liste de langues que l’import connaît. Écrivez en, es, pt ou fr (ou English, Español, Português, Français), séparés par des virgules.',
    'import.crop.invalid':
      '« {value} » n’est ni oui ni non. Écrivez oui ou non, ou laissez la cellule vide pour non.',
    'import.id.invalid':
      '« {value} » n’est pas un identifiant valide : utilisez des minuscules sans accents, des chiffres et des tirets (80 au plus), en commençant par une lettre ou un chiffre. Ou laissez la cellule vide pour qu’il soit créé à partir du titre et de la date.',
    'import.id.duplicate':
      'l’identifiant « {value} » est déjà utilisé à la ligne {otherRow} : cette ligne n’a pas été importée. Donnez à chaque événement son propre identifiant.',
    'import.event.invalid':
      'cette ligne n’a pas pu être importée ({detail}). Vérifiez ses cellules.',
  },
})
