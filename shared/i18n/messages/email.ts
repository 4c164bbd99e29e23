// Messages of the email surface: why an address was refused (keys are 'email.' + EmailProblem).
import { defineMessages } from '../define-messages'

export const emailMessages = defineMessages({
  en: {
    'email.empty': 'Please enter an email address, for example name@example.org.',
    'email.too-long':
      'This email address is longer than email systems allow. Please check that you entered only the address and nothing else.',
    'email.control-char':
      'The address contains an invisible or control character, often picked up when copying and pasting. Please type the address again by hand.',
    'email.whitespace':
      'The address contains a space; email addresses have no spaces. Please remove it, for example name@example.org.',
    'email.display-name':
      'Please enter only the address, without the name or the angle brackets: for example name@example.org instead of Name <name@example.org>.',
    'email.no-at':
      'The address has no @. An email address has a name, an @ and a domain, for example name@example.org.',
    'email.multiple-at':
      'The address has more than one @; an email address has a single @, for example name@example.org.',
    'email.unclosed-quote':
      'The address opens a quotation mark (") that it never closes. Please remove the quotation mark or close it before the @.',
    'email.empty-local':
      'Nothing comes before the @. Please add the part that goes before it, for example name@example.org.',
    'email.local-too-long':
      'The part before the @ is too long: it can have at most 64 characters. Please check it.',
    'email.local-dots':
      'The part before the @ cannot begin or end with a dot or have two dots together. Please check the dots, for example ana.maria@example.org.',
    'email.bad-local':
      'The part before the @ contains a character that email addresses do not allow, such as a comma, parentheses, brackets, a colon or a quotation mark. Please check it.',
    'email.domain-literal':
      'After the @, please use a domain name, not an IP address in brackets, for example name@example.org.',
    'email.empty-domain':
      'Nothing comes after the @. Please add the domain, for example name@example.org.',
    'email.empty-label':
      'The domain after the @ has two dots together, or a dot at its start or end. Please check the dots, for example name@mail.example.org.',
    'email.label-too-long':
      'A part of the domain (between dots) is too long: it can have at most 63 characters in its ASCII form. Please check the domain.',
    'email.label-hyphen':
      'A part of the domain (between dots) begins or ends with a hyphen (-), which domain names do not allow. Please check the domain.',
    'email.bad-label':
      'The domain after the @ contains a character that domain names do not allow (only letters, digits and hyphens, in any script) or an invalid xn-- part. Please check the domain.',
    'email.domain-too-long':
      'The domain after the @ is too long: it can have at most 253 characters in its ASCII form. Please check it.',
    'email.single-label':
      'The domain after the @ is incomplete: it needs a dot and an ending such as .org, .com or .jm, for example name@example.org.',
    'email.numeric-tld':
      'The domain after the @ must end in a name such as .org or .jm, not in numbers; IP addresses are not accepted. Please check it.',
  },
  es: {
    'email.empty': 'Escriba una dirección de correo electrónico, por ejemplo nombre@ejemplo.org.',
    'email.too-long':
      'La dirección es más larga de lo que admiten los sistemas de correo. Compruebe que escribió o pegó solo la dirección y nada más.',
    'email.control-char':
      'La dirección contiene un carácter invisible o de control, que suele colarse al copiar y pegar. Escriba la dirección de nuevo a mano.',
    'email.whitespace':
      'La dirección contiene un espacio; las direcciones de correo no llevan espacios. Quítelo, por ejemplo nombre@ejemplo.org.',
    'email.display-name':
      'Escriba solo la dirección, sin el nombre ni los signos < >: por ejemplo nombre@ejemplo.org en lugar de Nombre <nombre@ejemplo.org>.',
    'email.no-at':
      'La dirección no tiene @. Una dirección de correo lleva un nombre, una @ y un dominio, por ejemplo nombre@ejemplo.org.',
    'email.multiple-at':
      'La dirección tiene más de una @; una dirección de correo lleva una sola @, por ejemplo nombre@ejemplo.org.',
    'email.unclosed-quote':
      'La dirección abre unas comillas (") que no cierra. Quite las comillas o ciérrelas antes de la @.',
    'email.empty-local':
      'No hay nada antes de la @. Agregue la parte que va antes, por ejemplo nombre@ejemplo.org.',
    'email.local-too-long':
      'La parte antes de la @ es demasiado larga: admite como máximo 64 caracteres. Revísela.',
    'email.local-dots':
      'La parte antes de la @ no puede empezar ni terminar con un punto, ni tener dos puntos seguidos. Revise los puntos, por ejemplo ana.maria@ejemplo.org.',
    'email.bad-local':
      'La parte antes de la @ contiene un carácter que las direcciones de correo no admiten, como una coma, paréntesis, corchetes, dos puntos o comillas. Revísela.',
    'email.domain-literal':
      'Después de la @ escriba un nombre de dominio, no una dirección IP entre corchetes, por ejemplo nombre@ejemplo.org.',
    'email.empty-domain':
      'No hay nada después de la @. Agregue el dominio, por ejemplo nombre@ejemplo.org.',
    'email.empty-label':
      'El dominio después de la @ tiene dos puntos seguidos, o un punto al principio o al final. Revise los puntos, por ejemplo nombre@correo.ejemplo.org.',
    'email.label-too-long':
      'Una parte del dominio (entre puntos) es demasiado larga: admite como máximo 63 caracteres en su forma ASCII. Revise el dominio.',
    'email.label-hyphen':
      'Una parte del dominio (entre puntos) empieza o termina con un guion (-), y los nombres de dominio no lo permiten. Revise el dominio.',
    'email.bad-label':
      'El dominio después de la @ contiene un carácter que los nombres de dominio no admiten (solo letras, cifras y guiones, en cualquier escritura) o una parte xn-- no válida. Revise el dominio.',
    'email.domain-too-long':
      'El dominio después de la @ es demasiado largo: admite como máximo 253 caracteres en su forma ASCII. Revíselo.',
    'email.single-label':
      'El dominio después de la @ está incompleto: le falta un punto y una terminación como .org, .com o .mx, por ejemplo nombre@ejemplo.org.',
    'email.numeric-tld':
      'El dominio después de la @ debe terminar en un nombre como .org o .mx, no en números; no se aceptan direcciones IP. Revíselo.',
  },
  pt: {
    'email.empty': 'Digite um endereço de e-mail, por exemplo nome@exemplo.org.',
    'email.too-long':
      'O endereço é mais longo do que os sistemas de e-mail permitem. Verifique se você digitou ou colou apenas o endereço e nada mais.',
    'email.control-char':
      'O endereço contém um caractere invisível ou de controle, que costuma aparecer ao copiar e colar. Digite o endereço de novo à mão.',
    'email.whitespace':
      'O endereço contém um espaço; endereços de e-mail não têm espaços. Remova-o, por exemplo nome@exemplo.org.',
    'email.display-name':
      'Digite apenas o endereço, sem o nome nem os sinais < >: por exemplo nome@exemplo.org em vez de Nome <nome@exemplo.org>.',
    'email.no-at':
      'O endereço não tem arroba (@). Um endereço de e-mail tem um nome, uma arroba e um domínio, por exemplo nome@exemplo.org.',
    'email.multiple-at':
      'O endereço tem mais de uma arroba (@); um endereço de e-mail tem uma só arroba, por exemplo nome@exemplo.org.',
    'email.unclosed-quote':
      'O endereço abre aspas (") que não fecha. Remova as aspas ou feche-as antes da arroba (@).',
    'email.empty-local':
      'Não há nada antes da arroba (@). Acrescente a parte que vem antes, por exemplo nome@exemplo.org.',
    'email.local-too-long':
      'A parte antes da arroba (@) é longa demais: aceita no máximo 64 caracteres. Verifique-a.',
    'email.local-dots':
      'A parte antes da arroba (@) não pode começar nem terminar com ponto, nem ter dois pontos seguidos. Verifique os pontos, por exemplo ana.maria@exemplo.org.',
    'email.bad-local':
      'A parte antes da arroba (@) contém um caractere que endereços de e-mail não aceitam, como vírgula, parênteses, colchetes, dois-pontos ou aspas. Verifique-a.',
    'email.domain-literal':
      'Depois da arroba (@), use um nome de domínio, não um endereço IP entre colchetes, por exemplo nome@exemplo.org.',
    'email.empty-domain':
      'Não há nada depois da arroba (@). Acrescente o domínio, por exemplo nome@exemplo.org.',
    'email.empty-label':
      'O domínio depois da arroba (@) tem dois pontos seguidos, ou um ponto no início ou no fim. Verifique os pontos, por exemplo nome@correio.exemplo.org.',
    'email.label-too-long':
      'Uma parte do domínio (entre pontos) é longa demais: aceita no máximo 63 caracteres na forma ASCII. Verifique o domínio.',
    'email.label-hyphen':
      'Uma parte do domínio (entre pontos) começa ou termina com hífen (-), o que nomes de domínio não permitem. Verifique o domínio.',
    'email.bad-label':
      'O domínio depois da arroba (@) contém um caractere que nomes de domínio não aceitam (apenas letras, algarismos e hífens, em qualquer escrita) ou uma parte xn-- inválida. Verifique o domínio.',
    'email.domain-too-long':
      'O domínio depois da arroba (@) é longo demais: aceita no máximo 253 caracteres na forma ASCII. Verifique-o.',
    'email.single-label':
      'O domínio depois da arroba (@) está incompleto: falta um ponto e uma terminação como .org, .com ou .br, por exemplo nome@exemplo.org.',
    'email.numeric-tld':
      'O domínio depois da arroba (@) deve terminar com um nome como .org ou .br, não com números; endereços IP não são aceitos. Verifique-o.',
  },
  fr: {
    'email.empty': 'Saisissez une adresse e-mail, par exemple nom@exemple.org.',
    'email.too-long':
      'L’adresse est plus longue que ce qu’acceptent les systèmes de messagerie. Vérifiez que vous n’avez saisi ou collé que l’adresse, sans rien d’autre.',
    'email.control-char':
      'L’adresse contient un caractère invisible ou de contrôle, souvent apparu lors d’un copier-coller. Retapez l’adresse à la main.',
    'email.whitespace':
      'L’adresse contient un espace ; les adresses e-mail n’en ont jamais. Supprimez-le, par exemple nom@exemple.org.',
    'email.display-name':
      'Saisissez seulement l’adresse, sans le nom ni les signes < > : par exemple nom@exemple.org au lieu de Nom <nom@exemple.org>.',
    'email.no-at':
      'L’adresse ne contient pas d’arobase (@). Une adresse e-mail comporte un nom, une arobase et un domaine, par exemple nom@exemple.org.',
    'email.multiple-at':
      'L’adresse contient plus d’une arobase (@) ; une adresse e-mail n’en comporte qu’une, par exemple nom@exemple.org.',
    'email.unclosed-quote':
      'L’adresse ouvre des guillemets (") qu’elle ne ferme pas. Supprimez les guillemets ou fermez-les avant l’arobase (@).',
    'email.empty-local':
      'Rien ne précède l’arobase (@). Ajoutez la partie qui la précède, par exemple nom@exemple.org.',
    'email.local-too-long':
      'La partie avant l’arobase (@) est trop longue : au plus 64 caractères. Vérifiez-la.',
    'email.local-dots':
      'La partie avant l’arobase (@) ne peut ni commencer ni finir par un point, ni contenir deux points de suite. Vérifiez les points, par exemple ana.maria@exemple.org.',
    'email.bad-local':
      'La partie avant l’arobase (@) contient un caractère interdit dans les adresses e-mail, comme une virgule, des parenthèses, des crochets, un deux-points ou des guillemets. Vérifiez-la.',
    'email.domain-literal':
      'Après l’arobase (@), indiquez un nom de domaine et non une adresse IP entre crochets, par exemple nom@exemple.org.',
    'email.empty-domain':
      'Rien ne suit l’arobase (@). Ajoutez le domaine, par exemple nom@exemple.org.',
    'email.empty-label':
      'Le domaine après l’arobase (@) contient deux points de suite, ou un point au début ou à la fin. Vérifiez les points, par exemple nom@courrier.exemple.org.',
    'email.label-too-long':
      'Une partie du domaine (entre deux points) est trop longue : au plus 63 caractères sous sa forme ASCII. Vérifiez le domaine.',
    'email.label-hyphen':
      'Une partie du domaine (entre deux points) commence ou finit par un trait d’union (-), ce que les noms de domaine n’autorisent pas. Vérifiez le domaine.',
    'email.bad-label':
      'Le domaine après l’arobase (@) contient un caractère interdit dans les noms de domaine (seulement des lettres, des chiffres et des traits d’union, dans n’importe quelle écriture) ou une partie xn-- non valide. Vérifiez le domaine.',
    'email.domain-too-long':
      'Le domaine après l’arobase (@) est trop long : au plus 253 caractères sous sa forme ASCII. Vérifiez-le.',
    'email.single-label':
      'Le domaine après l’arobase (@) est incomplet : il lui manque un point et une terminaison comme .org, .com ou .ht, par exemple nom@exemple.org.',
    'email.numeric-tld':
      'Le domaine après l’arobase (@) doit se terminer par un nom comme .org ou .ht, et non par des chiffres ; les adresses IP ne sont pas acceptées. Vérifiez-le.',
  },
})
