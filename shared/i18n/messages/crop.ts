// Messages of the participation, dashboard and CROP engines: every reason they give, in four
// languages. Tab names (Members, Events, Countries) are the sheet's own and stay as they are.
import { defineMessages } from '../define-messages'

export const cropMessages = defineMessages({
  en: {
    'participation.calls': 'attended {attended} of the last {of} monthly calls ({months})',
    'participation.calls.none': 'no monthly call on record yet',
    'participation.vote.yes': 'voted in the election of {election}',
    'participation.vote.no': 'no vote in the last election',
    'participation.vote.noElection': 'no election on record',
    'participation.election.span': '{start} to {end}',
    'participation.join': '{first}; {second}',
    'participation.more': '{count} more',
    'participation.count.week.one': '{count} week',
    'participation.count.week.other': '{count} weeks',
    'participation.count.day.one': '{count} day',
    'participation.count.day.other': '{count} days',
    'participation.count.trip.one': '{count} CROP trip',
    'participation.count.trip.other': '{count} CROP trips',
    'participation.count.contribution.one': '{count} contribution',
    'participation.count.contribution.other': '{count} contributions',
    'participation.als.representativesActive':
      'active representatives: {names} ({active} of {total})',
    'participation.als.representativesInactive':
      'none of its representatives is active ({total} listed)',
    'participation.als.membersActive':
      'no representatives listed, so its members count; active: {names} ({active} of {total})',
    'participation.als.membersInactive':
      'no representatives listed, so its members count; none of them is active ({total} on the Members tab)',
    'participation.als.noMembers':
      'no representatives listed, and no member of this ALS on the Members tab',
    'participation.als.unknownRepresentatives': '{sentence}; not on the Members tab: {ids}',
    'participation.alsReview.noMembers':
      'no representatives and no members on the Members tab, so no participation can be recorded',
    'participation.alsReview.never':
      'no participation recorded for any of its people ({count} on the roster)',
    'participation.alsReview.since': 'no participation by any of its people since {date}',
    'participation.attendance.quotes':
      'Row {row}: a quotation mark opened in this row is never closed, so the rest of the file was read as one cell. Close the quotes, or remove the stray quotation mark, then import again.',
    'participation.attendance.noHeader':
      'No column holds the participants’ names or emails, so nothing was read. Export the participant list again with its header row (in Zoom: Name (Original Name) and User Email), or add headers such as Name and Email.',
    'participation.attendance.noName': 'Row {row}: no name and no email, so the row was skipped.',
    'participation.attendance.badDate':
      '{value} is not a meeting date. Write it as YYYY-MM-DD, for example 2026-03-10.',
    'participation.attendance.badKind':
      '{value} is not a kind of participation. Choose Monthly call, Vote, Working group or Other.',
    'participation.attendance.ambiguousEmail':
      'Row {row}: {count} members share the email {email} ({candidates}), so the import does not guess. Give each member their own email on the Members tab, then import again.',
    'participation.attendance.ambiguousName':
      'Row {row}: {count} members are named {name} ({candidates}), so the import does not guess. Add this person’s email to their row on the Members tab and import again, or record their attendance by hand.',
    'participation.attendance.noMatch':
      'Row {row}: {name} matches no member by email or by full name. If they are a member, add their email to the Members tab (or correct the name), then import again.',
    'participation.attendance.noMatchSimilar':
      'Row {row}: {name} matches no member by email or by full name. Similar names on the Members tab: {candidates}. If it is one of them, add the email used in the meeting to their row, then import again.',
    'dashboard.headline': '{count} of {total} countries without an ALS',
    'crop.error.undatedEvent':
      '“{title}” has no date yet, so it has no CROP request deadline and no shortlist can be made. Enter its start date on the Events tab first.',
    'crop.error.badDate': '{value} is not a date. Write it as YYYY-MM-DD.',
    'crop.error.badSlots': 'The number of trips must be a whole number of at least 1, not {value}.',
    'crop.error.duplicateMember':
      'The member ID {id} is on more than one row of the Members tab. Give each member their own ID, then make the shortlist again.',
    'crop.deadline.open':
      'CROP request due by {deadline}, {leadTime} before the event starts on {start}.',
    'crop.deadline.late':
      'The CROP request was due by {deadline}, {leadTime} before the event starts on {start}; that day has passed.',
    'crop.fiscalYear.usage': '{fiscalYear}: {used} of {allowed} CROP trips used, {left} left.',
    'crop.trait.country': 'the country ({country})',
    'crop.trait.als': 'the ALS ({als})',
    'crop.trait.gender': 'the declared gender ({gender})',
    'crop.reason.tier1Country':
      'Tier 1: their country, {country}, is the event’s own (sub-region {subregion}).',
    'crop.reason.tier1Subregion':
      'Tier 1: their country, {country}, is in the event’s sub-region ({subregion}).',
    'crop.reason.tier2':
      'Tier 2, the wider region: their country, {country} (sub-region {subregion}), is outside the event’s sub-region ({eventSubregion}); offered at the leadership’s discretion.',
    'crop.reason.tier2NoSubregion':
      'Tier 2, the wider region: their country is {country} (sub-region {subregion}); the event is not in one of the region’s sub-regions.',
    'crop.reason.participation': 'Participation: {calls}; {vote}; {other}.',
    'crop.reason.otherNone':
      'no contribution to working groups or other activities in the last 12 months',
    'crop.reason.otherSome':
      '{contributions} to working groups or other activities in the last 12 months',
    'crop.reason.rotationNone':
      'Rotation: has never travelled with CROP, so comes first among equals.',
    'crop.reason.rotation': 'Rotation: {trips} before, the latest on {date}.',
    'crop.reason.rotationUndated': 'Rotation: {trips} before, with no date recorded.',
    'crop.reason.diversityUp':
      'Diversity: moved up from place {from} to place {to}, because nobody proposed before shares {traits}.',
    'crop.reason.diversityUpFewer':
      'Diversity: moved up from place {from} to place {to}, because they share fewer traits (country, ALS, gender) with those proposed before than the people ranked above.',
    'crop.reason.diversityDown':
      'Diversity: moved down from place {from} to place {to}, because someone proposed before already shares {traits}.',
    'crop.reason.conflictNote':
      'Note: declared a conflict of interest that is not a no-go: {description}.',
    'crop.reason.proposed': 'Proposed for trip {slot} of {slots}.',
    'crop.reason.reserve':
      'Reserve {order}: to be asked, in this order, if someone proposed cannot go.',
    'crop.excluded.noCountry':
      'Not eligible: no country on the Members tab, so the sub-region rule cannot place them. Add their country.',
    'crop.excluded.outsideRegion':
      'Not eligible: {country} is not one of the region’s countries on the Countries tab.',
    'crop.excluded.inactive':
      'Not eligible, not an active member: {activity}. CROP is for active members.',
    'crop.excluded.noGo': 'Not eligible: declared a no-go conflict of interest ({description}).',
    'crop.excluded.alreadyTravelling':
      'Not listed: already has a CROP trip for this event ({status}).',
    'crop.excluded.widerRegion':
      'Not offered yet: their country, {country} (sub-region {subregion}), is outside the event’s sub-region. The wider region is offered only when fewer people from the event’s sub-region ({eventSubregion}) can go than there are trips, or at the leadership’s discretion.',
    'crop.excluded.widerRegionNoTrips':
      'Not offered: the event is not in one of the region’s sub-regions and no CROP trip is left to offer.',
    'crop.warning.noTripsLeft':
      'No CROP trip is left in {fiscalYear} ({used} used of {allowed}), so nobody is proposed; the list shows who would be asked if a trip is freed.',
    'crop.warning.slotsReduced':
      '{requested} trips were asked for, but {fiscalYear} has only {left} left, so the shortlist proposes {slots}.',
    'crop.warning.deadlinePassed': 'The CROP request deadline, {deadline}, passed {days} ago.',
    'crop.warning.notCropEligible': 'The event is not marked CROP eligible on the Events tab.',
    'crop.warning.cancelled': 'The event is cancelled.',
    'crop.warning.eventOutsideRegion':
      'The event is not in one of the region’s sub-regions, so everyone eligible counts as the wider region (tier 2).',
    'crop.warning.widerRegionShort':
      'Eligible people from the event’s sub-region ({subregion}): {count}; trips to fill: {slots}. Too few, so the wider region is included.',
    'crop.warning.widerRegionRequested':
      'The wider region is included at the leadership’s discretion, as asked.',
    'crop.rule':
      'How the list is ordered: people from the event’s sub-region (tier 1, those from the event’s own country first) come before the wider region (tier 2, offered only when tier 1 has fewer people than trips, or when the leadership asks). Within a tier: participation first (monthly calls attended, then a vote in the last election, then other contributions in the last 12 months), then rotation (fewer CROP trips, then the longest since the last; those who never travelled first), then member ID. Then, for each trip in turn, the highest-placed person who shares the fewest traits (country, ALS, declared gender) with those already proposed. Only active members without a no-go conflict of interest are listed.',
  },
  es: {
    'participation.calls': 'asistió a {attended} de las últimas {of} llamadas mensuales ({months})',
    'participation.calls.none': 'aún no hay ninguna llamada mensual registrada',
    'participation.vote.yes': 'votó en la elección del {election}',
    'participation.vote.no': 'no votó en la última elección',
    'participation.vote.noElection': 'no hay ninguna elección registrada',
    'participation.election.span': '{start} al {end}',
    'participation.join': '{first}; {second}',
    'participation.more': '{count} más',
    'participation.count.week.one': '{count} semana',
    'participation.count.week.other': '{count} semanas',
    'participation.count.day.one': '{count} día',
    'participation.count.day.other': '{count} días',
    'participation.count.trip.one': '{count} viaje CROP',
    'participation.count.trip.other': '{count} viajes CROP',
    'participation.count.contribution.one': '{count} contribución',
    'participation.count.contribution.other': '{count} contribuciones',
    'participation.als.representativesActive':
      'representantes activos: {names} ({active} de {total})',
    'participation.als.representativesInactive':
      'ninguno de sus representantes está activo ({total} en la lista)',
    'participation.als.membersActive':
      'no tiene representantes en la lista, así que cuentan sus miembros; activos: {names} ({active} de {total})',
    'participation.als.membersInactive':
      'no tiene representantes en la lista, así que cuentan sus miembros; ninguno está activo ({total} en la pestaña Members)',
    'participation.als.noMembers':
      'no tiene representantes en la lista ni miembros en la pestaña Members',
    'participation.als.unknownRepresentatives': '{sentence}; no están en la pestaña Members: {ids}',
    'participation.alsReview.noMembers':
      'no tiene representantes ni miembros en la pestaña Members, así que no se puede registrar ninguna participación',
    'participation.alsReview.never':
      'no hay participación registrada de ninguna de sus personas ({count} en la lista)',
    'participation.alsReview.since': 'ninguna de sus personas ha participado desde el {date}',
    'participation.attendance.quotes':
      'Fila {row}: unas comillas abiertas en esta fila nunca se cierran, así que el resto del archivo se leyó como una sola celda. Cierre las comillas o borre la que sobra, e importe de nuevo.',
    'participation.attendance.noHeader':
      'Ninguna columna contiene los nombres ni los correos de los participantes, así que no se leyó nada. Exporte de nuevo la lista de participantes con su fila de encabezados (en Zoom: Nombre (nombre original) y Correo electrónico del usuario), o añada encabezados como Nombre y Correo.',
    'participation.attendance.noName': 'Fila {row}: no tiene nombre ni correo, así que se omitió.',
    'participation.attendance.badDate':
      '{value} no es una fecha de reunión. Escríbala como AAAA-MM-DD, por ejemplo 2026-03-10.',
    'participation.attendance.badKind':
      '{value} no es un tipo de participación. Elija Llamada mensual, Votación, Grupo de trabajo u Otro.',
    'participation.attendance.ambiguousEmail':
      'Fila {row}: {count} miembros comparten el correo {email} ({candidates}), así que la importación no adivina. Dé a cada miembro su propio correo en la pestaña Members e importe de nuevo.',
    'participation.attendance.ambiguousName':
      'Fila {row}: {count} miembros se llaman {name} ({candidates}), así que la importación no adivina. Añada el correo de esta persona a su fila en la pestaña Members e importe de nuevo, o registre su asistencia a mano.',
    'participation.attendance.noMatch':
      'Fila {row}: {name} no coincide con ningún miembro, ni por correo ni por nombre completo. Si es miembro, añada su correo en la pestaña Members (o corrija el nombre) e importe de nuevo.',
    'participation.attendance.noMatchSimilar':
      'Fila {row}: {name} no coincide con ningún miembro, ni por correo ni por nombre completo. Nombres parecidos en la pestaña Members: {candidates}. Si es una de esas personas, añada a su fila el correo que usó en la reunión e importe de nuevo.',
    'dashboard.headline': '{count} de {total} países sin ALS',
    'crop.error.undatedEvent':
      '«{title}» aún no tiene fecha, así que no tiene plazo de solicitud CROP y no se puede preparar ninguna lista. Primero escriba su fecha de inicio en la pestaña Events.',
    'crop.error.badDate': '{value} no es una fecha. Escríbala como AAAA-MM-DD.',
    'crop.error.badSlots':
      'El número de viajes debe ser un número entero de al menos 1, no {value}.',
    'crop.error.duplicateMember':
      'El ID de miembro {id} está en más de una fila de la pestaña Members. Dé a cada miembro su propio ID y vuelva a preparar la lista.',
    'crop.deadline.open':
      'Solicitud CROP hasta el {deadline}, {leadTime} antes de que empiece el evento, el {start}.',
    'crop.deadline.late':
      'La solicitud CROP debía enviarse hasta el {deadline}, {leadTime} antes de que empiece el evento, el {start}; esa fecha ya pasó.',
    'crop.fiscalYear.usage': '{fiscalYear}: {used} de {allowed} viajes CROP usados; quedan {left}.',
    'crop.trait.country': 'el país ({country})',
    'crop.trait.als': 'la ALS ({als})',
    'crop.trait.gender': 'el género declarado ({gender})',
    'crop.reason.tier1Country':
      'Nivel 1: su país, {country}, es el del evento (subregión {subregion}).',
    'crop.reason.tier1Subregion':
      'Nivel 1: su país, {country}, está en la subregión del evento ({subregion}).',
    'crop.reason.tier2':
      'Nivel 2, la región ampliada: su país, {country} (subregión {subregion}), está fuera de la subregión del evento ({eventSubregion}); se ofrece a criterio del liderazgo.',
    'crop.reason.tier2NoSubregion':
      'Nivel 2, la región ampliada: su país es {country} (subregión {subregion}); el evento no está en ninguna subregión de la región.',
    'crop.reason.participation': 'Participación: {calls}; {vote}; {other}.',
    'crop.reason.otherNone':
      'ninguna contribución a grupos de trabajo u otras actividades en los últimos 12 meses',
    'crop.reason.otherSome':
      '{contributions} a grupos de trabajo u otras actividades en los últimos 12 meses',
    'crop.reason.rotationNone':
      'Rotación: nunca ha viajado con CROP, así que va primero entre iguales.',
    'crop.reason.rotation': 'Rotación: {trips} antes, el último el {date}.',
    'crop.reason.rotationUndated': 'Rotación: {trips} antes, sin fecha registrada.',
    'crop.reason.diversityUp':
      'Diversidad: sube del puesto {from} al {to}, porque nadie propuesto antes comparte {traits}.',
    'crop.reason.diversityUpFewer':
      'Diversidad: sube del puesto {from} al {to}, porque comparte menos rasgos (país, ALS, género) con las personas propuestas antes que quienes estaban por encima.',
    'crop.reason.diversityDown':
      'Diversidad: baja del puesto {from} al {to}, porque alguien propuesto antes ya comparte {traits}.',
    'crop.reason.conflictNote':
      'Nota: declaró un conflicto de intereses que no es excluyente: {description}.',
    'crop.reason.proposed': 'Propuesto para el viaje {slot} de {slots}.',
    'crop.reason.reserve':
      'Suplente {order}: se le consultará, en este orden, si alguien propuesto no puede ir.',
    'crop.excluded.noCountry':
      'No elegible: no tiene país en la pestaña Members, así que la regla de la subregión no puede ubicarlo. Añada su país.',
    'crop.excluded.outsideRegion':
      'No elegible: {country} no es uno de los países de la región en la pestaña Countries.',
    'crop.excluded.inactive':
      'No elegible, no es miembro activo: {activity}. CROP es para miembros activos.',
    'crop.excluded.noGo':
      'No elegible: declaró un conflicto de intereses excluyente ({description}).',
    'crop.excluded.alreadyTravelling':
      'No figura: ya tiene un viaje CROP para este evento ({status}).',
    'crop.excluded.widerRegion':
      'Aún no se le ofrece: su país, {country} (subregión {subregion}), está fuera de la subregión del evento. La región ampliada se ofrece solo cuando pueden ir menos personas de la subregión del evento ({eventSubregion}) que viajes hay, o a criterio del liderazgo.',
    'crop.excluded.widerRegionNoTrips':
      'No se le ofrece: el evento no está en ninguna subregión de la región y no queda ningún viaje CROP que ofrecer.',
    'crop.warning.noTripsLeft':
      'No queda ningún viaje CROP en {fiscalYear} ({used} usados de {allowed}), así que no se propone a nadie; la lista muestra a quién se consultaría si se libera un viaje.',
    'crop.warning.slotsReduced':
      'Se pidieron {requested} viajes, pero en {fiscalYear} solo quedan {left}, así que la lista propone {slots}.',
    'crop.warning.deadlinePassed': 'El plazo de solicitud CROP, el {deadline}, venció hace {days}.',
    'crop.warning.notCropEligible':
      'El evento no está marcado como elegible para CROP en la pestaña Events.',
    'crop.warning.cancelled': 'El evento está cancelado.',
    'crop.warning.eventOutsideRegion':
      'El evento no está en ninguna subregión de la región, así que todas las personas elegibles cuentan como región ampliada (nivel 2).',
    'crop.warning.widerRegionShort':
      'Personas elegibles de la subregión del evento ({subregion}): {count}; viajes por cubrir: {slots}. No alcanzan, así que se incluye la región ampliada.',
    'crop.warning.widerRegionRequested':
      'Se incluye la región ampliada a criterio del liderazgo, como se pidió.',
    'crop.rule':
      'Cómo se ordena la lista: las personas de la subregión del evento (nivel 1, primero las del país del evento) van antes que la región ampliada (nivel 2, que se ofrece solo cuando el nivel 1 tiene menos personas que viajes, o cuando lo pide el liderazgo). Dentro de cada nivel: primero la participación (llamadas mensuales a las que asistió, luego el voto en la última elección, luego otras contribuciones en los últimos 12 meses), después la rotación (menos viajes CROP, luego más tiempo desde el último; primero quienes nunca viajaron) y por último el ID de miembro. Después, para cada viaje por turno, la persona mejor ubicada que comparte menos rasgos (país, ALS, género declarado) con las ya propuestas. Solo figuran miembros activos sin conflictos de intereses excluyentes.',
  },
  pt: {
    'participation.calls': 'participou de {attended} das últimas {of} chamadas mensais ({months})',
    'participation.calls.none': 'nenhuma chamada mensal registrada ainda',
    'participation.vote.yes': 'votou na eleição de {election}',
    'participation.vote.no': 'não votou na última eleição',
    'participation.vote.noElection': 'nenhuma eleição registrada',
    'participation.election.span': '{start} a {end}',
    'participation.join': '{first}; {second}',
    'participation.more': 'mais {count}',
    'participation.count.week.one': '{count} semana',
    'participation.count.week.other': '{count} semanas',
    'participation.count.day.one': '{count} dia',
    'participation.count.day.other': '{count} dias',
    'participation.count.trip.one': '{count} viagem CROP',
    'participation.count.trip.other': '{count} viagens CROP',
    'participation.count.contribution.one': '{count} contribuição',
    'participation.count.contribution.other': '{count} contribuições',
    'participation.als.representativesActive':
      'representantes ativos: {names} ({active} de {total})',
    'participation.als.representativesInactive':
      'nenhum dos seus representantes está ativo ({total} na lista)',
    'participation.als.membersActive':
      'não há representantes na lista, então contam os seus membros; ativos: {names} ({active} de {total})',
    'participation.als.membersInactive':
      'não há representantes na lista, então contam os seus membros; nenhum está ativo ({total} na aba Members)',
    'participation.als.noMembers':
      'não há representantes na lista nem membros desta ALS na aba Members',
    'participation.als.unknownRepresentatives': '{sentence}; não estão na aba Members: {ids}',
    'participation.alsReview.noMembers':
      'não há representantes nem membros na aba Members, então nenhuma participação pode ser registrada',
    'participation.alsReview.never':
      'nenhuma participação registrada de nenhuma das suas pessoas ({count} na lista)',
    'participation.alsReview.since': 'nenhuma das suas pessoas participou desde {date}',
    'participation.attendance.quotes':
      'Linha {row}: aspas abertas nesta linha nunca se fecham, então o resto do arquivo foi lido como uma única célula. Feche as aspas ou apague a que sobra, e importe novamente.',
    'participation.attendance.noHeader':
      'Nenhuma coluna contém os nomes ou e-mails dos participantes, então nada foi lido. Exporte novamente a lista de participantes com a linha de cabeçalhos (no Zoom: Nome (nome original) e E-mail do usuário) ou acrescente cabeçalhos como Nome e E-mail.',
    'participation.attendance.noName':
      'Linha {row}: sem nome e sem e-mail, então a linha foi ignorada.',
    'participation.attendance.badDate':
      '{value} não é uma data de reunião. Escreva-a como AAAA-MM-DD, por exemplo 2026-03-10.',
    'participation.attendance.badKind':
      '{value} não é um tipo de participação. Escolha Chamada mensal, Votação, Grupo de trabalho ou Outro.',
    'participation.attendance.ambiguousEmail':
      'Linha {row}: {count} membros compartilham o e-mail {email} ({candidates}), então a importação não adivinha. Dê a cada membro o seu próprio e-mail na aba Members e importe novamente.',
    'participation.attendance.ambiguousName':
      'Linha {row}: {count} membros se chamam {name} ({candidates}), então a importação não adivinha. Acrescente o e-mail desta pessoa à linha dela na aba Members e importe novamente, ou registre a presença à mão.',
    'participation.attendance.noMatch':
      'Linha {row}: {name} não corresponde a nenhum membro, nem pelo e-mail nem pelo nome completo. Se for membro, acrescente o e-mail na aba Members (ou corrija o nome) e importe novamente.',
    'participation.attendance.noMatchSimilar':
      'Linha {row}: {name} não corresponde a nenhum membro, nem pelo e-mail nem pelo nome completo. Nomes parecidos na aba Members: {candidates}. Se for uma dessas pessoas, acrescente à linha dela o e-mail usado na reunião e importe novamente.',
    'dashboard.headline': '{count} de {total} países sem ALS',
    'crop.error.undatedEvent':
      '“{title}” ainda não tem data, então não tem prazo de solicitação CROP e não é possível preparar uma lista. Primeiro informe a data de início na aba Events.',
    'crop.error.badDate': '{value} não é uma data. Escreva-a como AAAA-MM-DD.',
    'crop.error.badSlots':
      'O número de viagens deve ser um número inteiro de pelo menos 1, não {value}.',
    'crop.error.duplicateMember':
      'O ID de membro {id} está em mais de uma linha da aba Members. Dê a cada membro o seu próprio ID e prepare a lista novamente.',
    'crop.deadline.open':
      'Solicitação CROP até {deadline}, {leadTime} antes do início do evento, em {start}.',
    'crop.deadline.late':
      'A solicitação CROP devia ser enviada até {deadline}, {leadTime} antes do início do evento, em {start}; essa data já passou.',
    'crop.fiscalYear.usage':
      '{fiscalYear}: {used} de {allowed} viagens CROP usadas; restam {left}.',
    'crop.trait.country': 'o país ({country})',
    'crop.trait.als': 'a ALS ({als})',
    'crop.trait.gender': 'o gênero declarado ({gender})',
    'crop.reason.tier1Country':
      'Nível 1: o seu país, {country}, é o do evento (sub-região {subregion}).',
    'crop.reason.tier1Subregion':
      'Nível 1: o seu país, {country}, está na sub-região do evento ({subregion}).',
    'crop.reason.tier2':
      'Nível 2, a região ampliada: o seu país, {country} (sub-região {subregion}), está fora da sub-região do evento ({eventSubregion}); oferecido a critério da liderança.',
    'crop.reason.tier2NoSubregion':
      'Nível 2, a região ampliada: o seu país é {country} (sub-região {subregion}); o evento não está em nenhuma sub-região da região.',
    'crop.reason.participation': 'Participação: {calls}; {vote}; {other}.',
    'crop.reason.otherNone':
      'nenhuma contribuição a grupos de trabalho ou outras atividades nos últimos 12 meses',
    'crop.reason.otherSome':
      '{contributions} a grupos de trabalho ou outras atividades nos últimos 12 meses',
    'crop.reason.rotationNone':
      'Rodízio: nunca viajou com o CROP, então vem primeiro entre iguais.',
    'crop.reason.rotation': 'Rodízio: {trips} antes, a última em {date}.',
    'crop.reason.rotationUndated': 'Rodízio: {trips} antes, sem data registrada.',
    'crop.reason.diversityUp':
      'Diversidade: sobe da posição {from} para a {to}, porque ninguém proposto antes compartilha {traits}.',
    'crop.reason.diversityUpFewer':
      'Diversidade: sobe da posição {from} para a {to}, porque compartilha menos traços (país, ALS, gênero) com as pessoas propostas antes do que quem estava acima.',
    'crop.reason.diversityDown':
      'Diversidade: desce da posição {from} para a {to}, porque alguém proposto antes já compartilha {traits}.',
    'crop.reason.conflictNote':
      'Observação: declarou um conflito de interesses que não é impeditivo: {description}.',
    'crop.reason.proposed': 'Proposto para a viagem {slot} de {slots}.',
    'crop.reason.reserve':
      'Suplente {order}: será consultado, nesta ordem, se alguém proposto não puder ir.',
    'crop.excluded.noCountry':
      'Não elegível: sem país na aba Members, então a regra da sub-região não consegue situar a pessoa. Acrescente o país.',
    'crop.excluded.outsideRegion':
      'Não elegível: {country} não é um dos países da região na aba Countries.',
    'crop.excluded.inactive':
      'Não elegível, não é membro ativo: {activity}. O CROP é para membros ativos.',
    'crop.excluded.noGo':
      'Não elegível: declarou um conflito de interesses impeditivo ({description}).',
    'crop.excluded.alreadyTravelling':
      'Fora da lista: já tem uma viagem CROP para este evento ({status}).',
    'crop.excluded.widerRegion':
      'Ainda não oferecido: o seu país, {country} (sub-região {subregion}), está fora da sub-região do evento. A região ampliada só é oferecida quando menos pessoas da sub-região do evento ({eventSubregion}) podem ir do que há viagens, ou a critério da liderança.',
    'crop.excluded.widerRegionNoTrips':
      'Não oferecido: o evento não está em nenhuma sub-região da região e não resta nenhuma viagem CROP para oferecer.',
    'crop.warning.noTripsLeft':
      'Não resta nenhuma viagem CROP em {fiscalYear} ({used} usadas de {allowed}), então ninguém é proposto; a lista mostra quem seria consultado se uma viagem for liberada.',
    'crop.warning.slotsReduced':
      'Foram pedidas {requested} viagens, mas em {fiscalYear} restam apenas {left}, então a lista propõe {slots}.',
    'crop.warning.deadlinePassed': 'O prazo de solicitação CROP, {deadline}, venceu há {days}.',
    'crop.warning.notCropEligible':
      'O evento não está marcado como elegível para o CROP na aba Events.',
    'crop.warning.cancelled': 'O evento foi cancelado.',
    'crop.warning.eventOutsideRegion':
      'O evento não está em nenhuma sub-região da região, então todas as pessoas elegíveis contam como região ampliada (nível 2).',
    'crop.warning.widerRegionShort':
      'Pessoas elegíveis da sub-região do evento ({subregion}): {count}; viagens a preencher: {slots}. Não bastam, então a região ampliada é incluída.',
    'crop.warning.widerRegionRequested':
      'A região ampliada é incluída a critério da liderança, como pedido.',
    'crop.rule':
      'Como a lista é ordenada: as pessoas da sub-região do evento (nível 1, primeiro as do país do evento) vêm antes da região ampliada (nível 2, oferecida só quando o nível 1 tem menos pessoas do que viagens, ou quando a liderança pede). Dentro de cada nível: primeiro a participação (chamadas mensais com presença, depois o voto na última eleição, depois outras contribuições nos últimos 12 meses), depois o rodízio (menos viagens CROP, depois mais tempo desde a última; primeiro quem nunca viajou) e por fim o ID de membro. Em seguida, para cada viagem, a pessoa mais bem colocada que compartilha menos traços (país, ALS, gênero declarado) com as já propostas. Só aparecem membros ativos sem conflito de interesses impeditivo.',
  },
  fr: {
    'participation.calls': 'a participé à {attended} des {of} derniers appels mensuels ({months})',
    'participation.calls.none': 'aucun appel mensuel enregistré pour l’instant',
    'participation.vote.yes': 'a voté lors de l’élection du {election}',
    'participation.vote.no': 'n’a pas voté lors de la dernière élection',
    'participation.vote.noElection': 'aucune élection enregistrée',
    'participation.election.span': '{start} au {end}',
    'participation.join': '{first} ; {second}',
    'participation.more': '{count} de plus',
    'participation.count.week.one': '{count} semaine',
    'participation.count.week.other': '{count} semaines',
    'participation.count.day.one': '{count} jour',
    'participation.count.day.other': '{count} jours',
    'participation.count.trip.one': '{count} voyage CROP',
    'participation.count.trip.other': '{count} voyages CROP',
    'participation.count.contribution.one': '{count} contribution',
    'participation.count.contribution.other': '{count} contributions',
    'participation.als.representativesActive':
      'représentants actifs : {names} ({active} sur {total})',
    'participation.als.representativesInactive':
      'aucun de ses représentants n’est actif ({total} dans la liste)',
    'participation.als.membersActive':
      'aucun représentant dans la liste, ce sont donc ses membres qui comptent ; actifs : {names} ({active} sur {total})',
    'participation.als.membersInactive':
      'aucun représentant dans la liste, ce sont donc ses membres qui comptent ; aucun n’est actif ({total} dans l’onglet Members)',
    'participation.als.noMembers':
      'aucun représentant dans la liste et aucun membre de cette ALS dans l’onglet Members',
    'participation.als.unknownRepresentatives': '{sentence} ; absents de l’onglet Members : {ids}',
    'participation.alsReview.noMembers':
      'aucun représentant ni membre dans l’onglet Members, donc aucune participation ne peut être enregistrée',
    'participation.alsReview.never':
      'aucune participation enregistrée pour aucune de ses personnes ({count} dans la liste)',
    'participation.alsReview.since': 'aucune de ses personnes n’a participé depuis le {date}',
    'participation.attendance.quotes':
      'Ligne {row} : un guillemet ouvert dans cette ligne n’est jamais fermé, si bien que le reste du fichier a été lu comme une seule cellule. Fermez les guillemets ou supprimez le guillemet en trop, puis importez à nouveau.',
    'participation.attendance.noHeader':
      'Aucune colonne ne contient les noms ou les adresses e-mail des participants, donc rien n’a été lu. Exportez à nouveau la liste des participants avec sa ligne d’en-têtes (dans Zoom : Nom (nom d’origine) et E-mail de l’utilisateur), ou ajoutez des en-têtes comme Nom et E-mail.',
    'participation.attendance.noName':
      'Ligne {row} : ni nom ni adresse e-mail, la ligne a donc été ignorée.',
    'participation.attendance.badDate':
      '{value} n’est pas une date de réunion. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-10.',
    'participation.attendance.badKind':
      '{value} n’est pas un type de participation. Choisissez Appel mensuel, Vote, Groupe de travail ou Autre.',
    'participation.attendance.ambiguousEmail':
      'Ligne {row} : {count} membres partagent l’adresse {email} ({candidates}), donc l’import ne devine pas. Donnez à chaque membre sa propre adresse dans l’onglet Members, puis importez à nouveau.',
    'participation.attendance.ambiguousName':
      'Ligne {row} : {count} membres s’appellent {name} ({candidates}), donc l’import ne devine pas. Ajoutez l’adresse e-mail de cette personne à sa ligne dans l’onglet Members, puis importez à nouveau, ou enregistrez sa présence à la main.',
    'participation.attendance.noMatch':
      'Ligne {row} : {name} ne correspond à aucun membre, ni par l’adresse e-mail ni par le nom complet. S’il s’agit d’un membre, ajoutez son adresse dans l’onglet Members (ou corrigez le nom), puis importez à nouveau.',
    'participation.attendance.noMatchSimilar':
      'Ligne {row} : {name} ne correspond à aucun membre, ni par l’adresse e-mail ni par le nom complet. Noms proches dans l’onglet Members : {candidates}. S’il s’agit de l’une de ces personnes, ajoutez à sa ligne l’adresse utilisée pendant la réunion, puis importez à nouveau.',
    'dashboard.headline': '{count} pays sur {total} sans ALS',
    'crop.error.undatedEvent':
      '« {title} » n’a pas encore de date : il n’a donc pas de date limite de demande CROP et aucune liste ne peut être établie. Saisissez d’abord sa date de début dans l’onglet Events.',
    'crop.error.badDate': '{value} n’est pas une date. Écrivez-la sous la forme AAAA-MM-JJ.',
    'crop.error.badSlots':
      'Le nombre de voyages doit être un nombre entier d’au moins 1, et non {value}.',
    'crop.error.duplicateMember':
      'L’identifiant de membre {id} figure sur plusieurs lignes de l’onglet Members. Donnez à chaque membre son propre identifiant, puis établissez à nouveau la liste.',
    'crop.deadline.open':
      'Demande CROP à envoyer au plus tard le {deadline}, {leadTime} avant le début de l’événement, le {start}.',
    'crop.deadline.late':
      'La demande CROP devait être envoyée au plus tard le {deadline}, {leadTime} avant le début de l’événement, le {start} ; cette date est passée.',
    'crop.fiscalYear.usage':
      '{fiscalYear} : {used} voyages CROP utilisés sur {allowed} ; il en reste {left}.',
    'crop.trait.country': 'le pays ({country})',
    'crop.trait.als': 'l’ALS ({als})',
    'crop.trait.gender': 'le genre déclaré ({gender})',
    'crop.reason.tier1Country':
      'Niveau 1 : son pays, {country}, est celui de l’événement (sous-région {subregion}).',
    'crop.reason.tier1Subregion':
      'Niveau 1 : son pays, {country}, est dans la sous-région de l’événement ({subregion}).',
    'crop.reason.tier2':
      'Niveau 2, la région élargie : son pays, {country} (sous-région {subregion}), est hors de la sous-région de l’événement ({eventSubregion}) ; proposé à la discrétion des responsables.',
    'crop.reason.tier2NoSubregion':
      'Niveau 2, la région élargie : son pays est {country} (sous-région {subregion}) ; l’événement n’est dans aucune sous-région de la région.',
    'crop.reason.participation': 'Participation : {calls} ; {vote} ; {other}.',
    'crop.reason.otherNone':
      'aucune contribution à des groupes de travail ou à d’autres activités au cours des 12 derniers mois',
    'crop.reason.otherSome':
      '{contributions} à des groupes de travail ou à d’autres activités au cours des 12 derniers mois',
    'crop.reason.rotationNone':
      'Rotation : n’a jamais voyagé avec le CROP, et passe donc en premier à égalité.',
    'crop.reason.rotation': 'Rotation : {trips} auparavant, le dernier le {date}.',
    'crop.reason.rotationUndated': 'Rotation : {trips} auparavant, sans date enregistrée.',
    'crop.reason.diversityUp':
      'Diversité : passe de la place {from} à la place {to}, car aucune personne proposée avant ne partage {traits}.',
    'crop.reason.diversityUpFewer':
      'Diversité : passe de la place {from} à la place {to}, car elle partage moins de traits (pays, ALS, genre) avec les personnes proposées avant que celles classées au-dessus.',
    'crop.reason.diversityDown':
      'Diversité : descend de la place {from} à la place {to}, car une personne proposée avant partage déjà {traits}.',
    'crop.reason.conflictNote':
      'Remarque : a déclaré un conflit d’intérêts qui n’est pas rédhibitoire : {description}.',
    'crop.reason.proposed': 'Proposé pour le voyage {slot} sur {slots}.',
    'crop.reason.reserve':
      'Suppléant {order} : sera sollicité, dans cet ordre, si une personne proposée ne peut pas partir.',
    'crop.excluded.noCountry':
      'Non éligible : aucun pays dans l’onglet Members, la règle de la sous-région ne peut donc pas s’appliquer. Ajoutez son pays.',
    'crop.excluded.outsideRegion':
      'Non éligible : {country} ne fait pas partie des pays de la région dans l’onglet Countries.',
    'crop.excluded.inactive':
      'Non éligible, n’est pas membre actif : {activity}. Le CROP est réservé aux membres actifs.',
    'crop.excluded.noGo':
      'Non éligible : a déclaré un conflit d’intérêts rédhibitoire ({description}).',
    'crop.excluded.alreadyTravelling':
      'Hors liste : a déjà un voyage CROP pour cet événement ({status}).',
    'crop.excluded.widerRegion':
      'Pas encore proposé : son pays, {country} (sous-région {subregion}), est hors de la sous-région de l’événement. La région élargie n’est proposée que si moins de personnes de la sous-région de l’événement ({eventSubregion}) peuvent partir qu’il n’y a de voyages, ou à la discrétion des responsables.',
    'crop.excluded.widerRegionNoTrips':
      'Non proposé : l’événement n’est dans aucune sous-région de la région et il ne reste aucun voyage CROP à proposer.',
    'crop.warning.noTripsLeft':
      'Il ne reste aucun voyage CROP pour {fiscalYear} ({used} utilisés sur {allowed}) : personne n’est donc proposé ; la liste montre qui serait sollicité si un voyage se libérait.',
    'crop.warning.slotsReduced':
      '{requested} voyages ont été demandés, mais il n’en reste que {left} pour {fiscalYear} : la liste en propose donc {slots}.',
    'crop.warning.deadlinePassed':
      'La date limite de demande CROP, le {deadline}, est passée depuis {days}.',
    'crop.warning.notCropEligible':
      'L’événement n’est pas marqué comme éligible au CROP dans l’onglet Events.',
    'crop.warning.cancelled': 'L’événement est annulé.',
    'crop.warning.eventOutsideRegion':
      'L’événement n’est dans aucune sous-région de la région : toutes les personnes éligibles relèvent donc de la région élargie (niveau 2).',
    'crop.warning.widerRegionShort':
      'Personnes éligibles de la sous-région de l’événement ({subregion}) : {count} ; voyages à pourvoir : {slots}. C’est trop peu, la région élargie est donc incluse.',
    'crop.warning.widerRegionRequested':
      'La région élargie est incluse à la discrétion des responsables, comme demandé.',
    'crop.rule':
      'Ordre de la liste : les personnes de la sous-région de l’événement (niveau 1, d’abord celles du pays de l’événement) passent avant la région élargie (niveau 2, proposée seulement quand le niveau 1 compte moins de personnes que de voyages, ou à la demande des responsables). Dans chaque niveau : d’abord la participation (appels mensuels suivis, puis vote lors de la dernière élection, puis autres contributions au cours des 12 derniers mois), ensuite la rotation (moins de voyages CROP, puis le plus long délai depuis le dernier ; d’abord ceux qui n’ont jamais voyagé), enfin l’identifiant de membre. Puis, pour chaque voyage à tour de rôle, la personne la mieux placée qui partage le moins de traits (pays, ALS, genre déclaré) avec celles déjà proposées. Seuls figurent les membres actifs sans conflit d’intérêts rédhibitoire.',
  },
})
