import type { Lexicon } from '../types.js';

/**
 * Spanish phrase rules (Spain and Latin America). Grouped by category; each rule says
 * where such lines are seen (El País, elDiario.es, El Mundo, Clarín, infobae).
 *
 * Rules look for the reader being addressed (imperatives, "tú/vos/usted", the outlet's
 * "nosotros/nuestro"), not for topic words: an article may be ABOUT subscriptions or
 * donations ("La UE está dispuesta a hacer su parte", "el diario perdió suscriptores").
 * The tú imperative ("apoya", "dona", "sigue") is also the third person present, so
 * those verbs only count at a sentence start or with an unambiguous clitic ("apóyanos").
 */

const MONTHS =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|ene|feb|mar|abr|may|jun|jul|ago|sep|sept|oct|nov|dic)';
const DATE = `(?:\\d{1,2}\\s+(?:de\\s+)?${MONTHS}\\.?,?\\s+(?:de\\s+|del\\s+)?\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
const TIME =
  '(?:(?:\\s*[-–,|]\\s*|\\s+)(?:a\\s+las\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*(?:h|hs|horas|cet|cest|gmt|utc|[ap]\\.?\\s?m\\.?))?)';
/** Words that start a sentence, never a name, after "Por …". */
const NOT_NAME =
  '(?!(?:el|la|los|las|lo|un|una|unos|su|sus|eso|esto|ello|que|qué|ejemplo|ciento|favor|otra|otro|parte|último|fin|tanto|primera|ahora|cierto|supuesto|ende|encima|lo\\s+tanto|si|no|debajo|arriba|delante|detrás|culpa|suerte|eso)(?![\\p{L}]))';

export const es: Lexicon = {
  lang: 'es',
  rules: [
    // ── donation: appeals to give, join, support the outlet ──────────────────────────
    {
      name: 'apoya-el-periodismo',
      category: 'donation',
      pattern:
        '(?:apoya|apoyá|apoye|sostén|sostené|sostenga|defiende|defendé|defienda|financia|contribuye|colabora)\\s+(?:con\\s+|a\\s+)?(?:el|al|nuestro|nuestra|un|una|la)\\s+(?:\\p{L}+\\s+){0,2}(?:periodismo|información|redacción|medio|prensa|trabajo|proyecto\\s+periodístico)',
      scope: 'start',
      weight: 1,
      note: '"Apoya el periodismo independiente", "Sostén nuestro trabajo": imperative opener (the same verb mid-sentence is third person).',
    },
    {
      name: 'apoyanos',
      category: 'donation',
      pattern:
        '(?:apóyanos|apoyanos|apóyenos|ayúdanos|ayudanos|ayúdenos|sostenenos|sosténnos|colabora\\s+con\\s+nosotros|contribuye\\s+con\\s+nosotros)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: 'Imperatives with "nos" ("Apóyanos", "Ayúdanos a seguir informando"): always addressed to the reader.',
    },
    {
      name: 'hazte-socio',
      category: 'donation',
      pattern:
        '(?:hazte|hágase|hacete|házte|únete|súmate|sumate|unite|sumáte)\\s+(?:\\p{L}+\\s+)?(?:socio|socia|socios|suscriptor|suscriptora|miembro|mecenas|amigo|amiga|a\\s+(?:nuestra|la)\\s+comunidad)(?:/a)?',
      scope: 'any',
      weight: 1,
      note: '"Hazte socio/a" (elDiario.es), "Únete a nuestra comunidad", "Súmate como suscriptor".',
    },
    {
      name: 'donar-button',
      category: 'donation',
      pattern:
        '(?:quiero\\s+)?(?:donar|colaborar|apoyar|hacerme\\s+(?:socio|socia)|ser\\s+(?:socio|socia|miembro)|contribuir)(?:\\s+(?:ahora|ya|hoy))?|dona(?:\\s+ahora)?|doná|apóyanos|ayúdanos|hazte\\s+(?:socio|socia)(?:/a)?|únete|súmate',
      scope: 'whole',
      weight: 1,
      note: 'Appeal buttons alone on a line ("Hazte socio/a", "Quiero colaborar", "Dona ahora").',
    },
    {
      name: 'dona-ahora',
      category: 'donation',
      pattern:
        '(?:dona|doná|done|haz|haga|hacé)\\s+(?:una\\s+|tu\\s+)?(?:donación|aportación|aporte|contribución)|(?:dona|doná|done)\\s+(?:ahora|ya|hoy|aquí|\\d)',
      scope: 'start',
      weight: 1,
      note: 'Imperative donation call ("Dona ahora", "Haz una aportación").',
    },
    {
      name: 'tu-apoyo',
      category: 'donation',
      pattern:
        '(?:tu|vuestro|vuestra)\\s+(?:\\p{L}+\\s+)?(?:apoyo|aportación|aporte|contribución|donación|suscripción|ayuda)\\s+(?:\\p{L}+\\s+)?(?:nos\\s+)?(?:permite|hace|es\\s+(?:clave|fundamental|esencial|imprescindible|vital)|garantiza|sostiene|ayuda|marca|cuenta|importa)|(?:gracias\\s+a|con)\\s+(?:tu|vuestro|vuestra)\\s+(?:\\p{L}+\\s+)?(?:apoyo|aportación|aporte|contribución|donación|suscripción|ayuda)|(?:lectores|lectoras|socios|socias|personas|suscriptores|suscriptoras|gente)\\s+como\\s+(?:tú|vos|usted|ustedes)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: '"Tu apoyo nos permite …", "Gracias a tu aportación", "socios como tú": the reader addressed as tú.',
    },
    {
      name: 'independencia-depende',
      category: 'donation',
      pattern:
        '(?:nuestra\\s+independencia|nuestro\\s+periodismo|este\\s+periodismo)\\s+(?:\\p{L}+\\s+)?depende\\s+de\\s+(?:ti|vos|vosotros|ustedes|usted|nuestros\\s+(?:lectores|socios|suscriptores)|personas\\s+como)',
      scope: 'any',
      weight: 1,
      note: '"Nuestra independencia depende de ti".',
    },
    {
      name: 'financiado-por-lectores',
      category: 'donation',
      pattern:
        '(?:financiad|sostenid|pagad)[oa]s?\\s+(?:únicamente\\s+|solo\\s+|sólo\\s+)?por\\s+(?:sus|nuestros|los)\\s+(?:lectores|socios|socias|suscriptores)',
      scope: 'any',
      weight: 0.3,
      note: '"Un periódico financiado por sus socios": weak, a media story can say it.',
    },
    {
      name: 'nuestro-periodismo',
      category: 'donation',
      pattern:
        '(?:nuestro|nuestra|nuestros)\\s+(?:\\p{L}+\\s+){0,2}(?:periodismo|redacción|independencia|periodistas)(?![\\p{L}])',
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism; weak alone.',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'exclusivo-suscriptores',
      category: 'paywall',
      pattern:
        '(?:este|esta)\\s+(?:contenido|artículo|nota|noticia|información|reportaje|análisis)\\s+(?:\\p{L}+\\s+)?es\\s+(?:exclusiv[oa]|solo|sólo|únicamente)\\s+(?:para\\s+)?(?:suscriptor|socio|socia|abonado|miembro|usuario\\s+registrado)\\p{L}*',
      scope: 'any',
      weight: 1,
      note: '"Este contenido es exclusivo para suscriptores".',
    },
    {
      name: 'suscribete',
      category: 'paywall',
      pattern:
        '(?:suscríbete|suscribite|suscríbase|suscribete|suscribase|suscríbanse|regístrate|registrate|regístrese|identifícate|inicia\\s+sesión|iniciá\\s+sesión|inicie\\s+sesión)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Imperative with clitic at a sentence start ("Suscríbete", "Regístrate gratis", "Inicia sesión").',
    },
    {
      name: 'para-seguir-leyendo',
      category: 'paywall',
      pattern:
        '(?:suscríbete|suscribite|suscríbase|regístrate|registrate|regístrese|inicia\\s+sesión|iniciá\\s+sesión|inicie\\s+sesión|identifícate|hazte\\s+socio|hazte\\s+socia)\\s+(?:gratis\\s+|gratuitamente\\s+|ahora\\s+)?(?:para|y)\\s+(?:seguir|continuar|leer|acceder|desbloquear|disfrutar)|para\\s+(?:seguir|continuar)\\s+leyendo(?:\\s*,\\s*|\\s+)(?:suscríbete|regístrate|inicia|hazte|accede|suscribite|necesitas|debes|tienes)|(?:sigue|seguí|siga|continúa)\\s+leyendo\\s+(?:con|sin)\\s+(?:\\p{L}+\\s+)?(?:suscripción|límites|publicidad)',
      scope: 'any',
      weight: 1,
      note: '"Suscríbete para seguir leyendo", "Para continuar leyendo, hazte socio".',
    },
    {
      name: 'articulos-gratis',
      category: 'paywall',
      pattern:
        'has\\s+(?:leído|consumido|agotado|alcanzado)\\s+(?:[\\p{L}\\d]+\\s+){0,4}(?:gratuit\\p{L}*|gratis|de\\s+cortesía|del\\s+mes|este\\s+mes|límite)|(?:ha|has)\\s+(?:alcanzado|agotado|superado)\\s+(?:el|tu|su)\\s+(?:límite|cupo|máximo)\\s+de\\s+(?:\\p{L}+\\s+)?(?:artículos|notas|contenidos|noticias)|te\\s+quedan?\\s+(?:\\d+|un|una|dos|tres)\\s+(?:\\p{L}+\\s+)?(?:artículos?|notas?|contenidos?)',
      scope: 'any',
      weight: 1,
      note: 'Meter notices: "Has leído 3 de 5 artículos gratuitos", "Te quedan 2 notas gratis".',
    },
    {
      name: 'ya-suscriptor',
      category: 'paywall',
      pattern:
        'ya\\s+(?:eres|sos)\\s+(?:suscriptor|suscriptora|socio|socia|abonado|abonada|miembro|usuario)\\p{L}*|ya\\s+es\\s+(?:suscriptor|socio|abonado)\\p{L}*\\s*\\?|ya\\s+tienes\\s+(?:una\\s+)?cuenta',
      scope: 'any',
      weight: 1,
      note: '"¿Ya eres suscriptor? Inicia sesión", "¿Ya tienes cuenta?".',
    },
    {
      name: 'oferta-precio',
      category: 'paywall',
      pattern:
        '\\d+(?:[.,]\\d+)?\\s*(?:€|euros?|\\$|usd)\\s*(?:/|al|por)\\s*(?:mes|año)\\s+(?:durante|los\\s+primeros)|(?:el\\s+)?primer(?:os\\s+\\d+)?\\s+mes(?:es)?\\s+(?:gratis|por\\s+\\d|a\\s+\\d)',
      scope: 'any',
      weight: 1,
      note: 'Trial offers ("1 €/mes durante 6 meses", "el primer mes gratis").',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        '(?:iniciar|cerrar)\\s+sesión|ingresar|ingresá|registrarse|regístrate|suscríbete|suscribite|suscribirse|mi\\s+cuenta|mi\\s+perfil|suscríbete\\s+(?:ahora|ya)|crear\\s+cuenta|ver\\s+planes|conoce\\s+(?:nuestros|los)\\s+planes|(?:solo|sólo|exclusivo)\\s+(?:para\\s+)?(?:suscriptores|socios|socias|abonados|miembros)|contenido\\s+exclusivo(?:\\s+para\\s+(?:suscriptores|socios))?',
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Iniciar sesión", "Exclusivo suscriptores").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'suscribete-newsletter',
      category: 'newsletter',
      pattern:
        '(?:suscríbete|suscribite|suscríbase|apúntate|apuntate|regístrate|inscríbete)\\s+(?:gratis\\s+|gratuitamente\\s+|ahora\\s+)?(?:a|al|en)\\s+(?:la\\s+|las\\s+|el\\s+|los\\s+|nuestro\\s+|nuestra\\s+|nuestros\\s+|nuestras\\s+)?(?:\\p{L}+\\s+){0,3}(?:newsletters?|boletín|boletines|alertas?)',
      scope: 'any',
      weight: 1,
      note: '"Suscríbete a nuestra newsletter", "Apúntate al boletín diario".',
    },
    {
      name: 'recibe-newsletter',
      category: 'newsletter',
      pattern:
        '(?:recibe|recibí|reciba)\\s+(?:gratis\\s+|cada\\s+\\p{L}+\\s+|en\\s+tu\\s+correo\\s+){0,2}(?:la|las|el|los|nuestro|nuestra|nuestros|nuestras)\\s+(?:\\p{L}+\\s+){0,3}(?:newsletters?|boletín|boletines|alertas?|noticias)',
      scope: 'start',
      weight: 1,
      note: '"Recibe nuestra newsletter cada mañana"; start only ("cada socio recibe el boletín" is content).',
    },
    {
      name: 'tu-correo',
      category: 'newsletter',
      pattern:
        '(?:en|a)\\s+tu\\s+(?:bandeja\\s+de\\s+entrada|correo(?:\\s+electrónico)?|email|e-mail|mail|buzón)|(?:tu|su)\\s+(?:dirección\\s+de\\s+)?(?:correo\\s+electrónico|e-?mail)\\s*[:*]|(?:introduce|ingresa|ingresá|escribe|escribí)\\s+tu\\s+(?:correo|e-?mail|dirección)|(?:puedes|podés|puede)\\s+(?:darte|darse)\\s+de\\s+baja',
      scope: 'any',
      weight: 1,
      note: 'Sign-up box copy ("directo a tu bandeja de entrada", "Introduce tu correo", "puedes darte de baja").',
    },
    {
      name: 'newsletter-heading',
      category: 'newsletter',
      pattern:
        '(?:nuestras?|la|el)\\s+(?:newsletters?|boletín|boletines)(?:\\s+(?:diario|semanal|gratuito|de\\s+\\S+))?|boletín(?:\\s+(?:diario|semanal|gratuito|de\\s+\\S+))?|boletines|recibe\\s+(?:nuestra|la|el)\\s+(?:newsletter|boletín)',
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings ("Boletín diario", "Nuestras newsletters").',
    },

    // ── promo: the outlet's own products ────────────────────────────────────────────────
    {
      name: 'descarga-app',
      category: 'promo',
      pattern:
        '(?:descarga|descargá|descargue|baja|bajá|instala)\\s+(?:gratis\\s+)?(?:nuestra|la)\\s+(?:\\p{L}+\\s+){0,2}(?:app|aplicación)|(?:regala|regalá|regale)\\s+(?:una\\s+suscripción|este\\s+artículo)|(?:escucha|escuchá|escuche)\\s+(?:el|nuestro|este)\\s+(?:\\p{L}+\\s+){0,2}(?:podcast|episodio)|(?:sigue|seguí|siga)\\s+a\\s+\\S+(?:\\s+\\S+)?\\s+en\\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|youtube|threads|bluesky|google\\s+news)',
      scope: 'start',
      weight: 1,
      note: 'App, gift, podcast and channel promos at a sentence start ("Descarga la app de EL PAÍS", "Sigue a EL PAÍS en WhatsApp").',
    },
    {
      name: 'siguenos',
      category: 'promo',
      pattern:
        'síguenos|siguenos|seguinos|síganos|(?:únete|unite|súmate)\\s+a\\s+(?:nuestro|nuestra)\\s+(?:canal|comunidad|grupo)|(?:escríbenos|escribinos|envíanos|cuéntanos|contanos|contáctanos)(?![\\p{L}])|disponible\\s+en\\s+(?:spotify|apple\\s+podcasts|ivoox)|en\\s+tu\\s+plataforma\\s+(?:de\\s+podcasts?\\s+)?(?:favorita|habitual)',
      scope: 'any',
      weight: 1,
      note: '"Síguenos en X", "Únete a nuestro canal de WhatsApp", "Escríbenos a …".',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'lee-tambien',
      category: 'related',
      pattern:
        '(?:lee|leé|lea)\\s+(?:también|además)(?![\\p{L}])|(?:también\\s+)?(?:te|le)\\s+(?:puede|podría)\\s+interesar|(?:noticias\\s+relacionadas|lo\\s+más\\s+(?:leído|visto)|más\\s+sobre\\s+\\S+|mira\\s+también|ver\\s+también|sigue\\s+leyendo)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Lee también: <titular>", "Te puede interesar", "Noticias relacionadas:".',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        '(?:lee|leé|lea)\\s+(?:también|además|más)|(?:también\\s+)?(?:te|le)\\s+(?:puede|podría)\\s+interesar|(?:noticias|temas|artículos|notas)\\s+relacionad[oa]s|lo\\s+más\\s+(?:leído|visto|compartido|popular)|(?:más\\s+)?(?:leídas|vistas)|recomendad[oa]s(?:\\s+para\\s+ti)?|más\\s+(?:noticias|información)\\s+(?:sobre|de)\\s+\\S+(?:\\s+\\S+){0,2}|más\\s+sobre\\s+\\S+(?:\\s+\\S+){0,2}|últimas\\s+noticias|mira\\s+también|ver\\s+también|en\\s+portada|sigue\\s+leyendo|seguir\\s+leyendo',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related/recommended lists ("Te puede interesar", "Lo más leído").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'compartir-articulo',
      category: 'share',
      pattern:
        '(?:comparte|compartí|compartir)\\s+(?:este|esta)\\s+(?:artículo|nota|noticia)|compartir\\s+en\\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|bluesky|threads)|copiar\\s+(?:el\\s+)?(?:enlace|link)|enlace\\s+copiado|enviar\\s+por\\s+(?:correo|e-?mail|whatsapp)',
      scope: 'any',
      weight: 1,
      note: '"Comparte esta noticia", "Compartir en WhatsApp", "Copiar enlace".',
    },
    {
      name: 'share-button',
      category: 'share',
      pattern:
        'compartir|comparte|compártelo|guardar|imprimir|enviar|escuchar(?:\\s+(?:artículo|noticia|esta\\s+noticia))?|regalar(?:\\s+artículo)?|guardar\\s+(?:artículo|en\\s+favoritos)|compartir\\s+en\\s+\\p{L}+',
      scope: 'whole',
      weight: 1,
      note: 'Share-bar labels alone on a line ("Compartir", "Guardar", "Escuchar artículo").',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'publicidad',
      category: 'ad',
      pattern:
        'publicidad|anuncio|patrocinado|contenido\\s+patrocinado|contenido\\s+de\\s+marca|espacio\\s+patrocinado|publirreportaje|en\\s+colaboración\\s+con\\s+\\S+(?:\\s+\\S+){0,3}|(?:la\\s+)?noticia\\s+continúa\\s+(?:debajo|tras\\s+la\\s+publicidad)|(?:continúa|sigue)\\s+(?:leyendo\\s+)?(?:debajo|después\\s+de\\s+la\\s+publicidad|tras\\s+la\\s+publicidad)|ofrecido\\s+por\\s+\\S+(?:\\s+\\S+){0,3}',
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Publicidad", "Contenido patrocinado", "Sigue leyendo después de la publicidad").',
    },
    {
      name: 'patrocinado-por',
      category: 'ad',
      pattern: '(?:patrocinado|patrocinada|contenido\\s+patrocinado)\\s+por(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines ("Patrocinado por …"); medium because an article can report sponsorship.',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'utilizamos-cookies',
      category: 'cookie',
      pattern:
        '(?:utilizamos|usamos|empleamos)\\s+(?:\\p{L}+\\s+){0,2}cookies|(?:este|nuestro)\\s+(?:sitio\\s+web|sitio|portal|web)\\s+(?:utiliza|usa)\\s+cookies|si\\s+continúas?\\s+navegando|al\\s+continuar\\s+navegando|nosotros\\s+y\\s+nuestros\\s+(?:socios|partners)',
      scope: 'any',
      weight: 1,
      note: 'Cookie banners ("Utilizamos cookies propias y de terceros", "Nosotros y nuestros socios …").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        'aceptar(?:\\s+(?:todo|todas|y\\s+(?:cerrar|continuar)|cookies))?|rechazar(?:\\s+(?:todo|todas|cookies))?|acepto|de\\s+acuerdo|entendido|configurar(?:\\s+cookies)?|más\\s+opciones|gestionar\\s+(?:opciones|preferencias|cookies)|(?:configuración|preferencias)\\s+de\\s+(?:cookies|privacidad)|continuar\\s+sin\\s+aceptar',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Aceptar y cerrar", "Configurar"); medium: a one-word line near a cookie notice.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'comentarios-count',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|sin|ningún|un)\\s+comentarios?|comentarios?\\s*\\(\\s*\\d+\\s*\\)|comentarios|(?:ver|mostrar|leer|cargar)\\s+(?:los\\s+|todos\\s+los\\s+|más\\s+)?(?:\\d+\\s+)?comentarios|comentar|(?:deja|escribe)\\s+(?:tu|un)\\s+comentario',
      scope: 'whole',
      weight: 1,
      note: '"23 comentarios", "Ver comentarios", "Comentar" alone on a line.',
    },
    {
      name: 'comentario-prompt',
      category: 'comments',
      pattern:
        '(?:deja|dejá|escribe|escribí|añade|agrega)\\s+tu\\s+comentario|(?:inicia\\s+sesión|regístrate|hazte\\s+socio|hazte\\s+socia|suscríbete)\\s+para\\s+(?:comentar|participar)|los\\s+comentarios\\s+(?:están|han\\s+sido)\\s+(?:cerrados|desactivados|moderados)|normas\\s+de\\s+(?:participación|la\\s+comunidad)|qu[ée]\\s+opinas\\s*\\?',
      scope: 'any',
      weight: 1,
      note: 'Comment prompts ("Deja tu comentario", "Regístrate para comentar", "¿Qué opinas?").',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        'aviso\\s+legal|política\\s+de\\s+privacidad|privacidad|términos\\s+y\\s+condiciones|condiciones\\s+de\\s+uso|contacto|contáctanos|quiénes\\s+somos|sobre\\s+nosotros|mapa\\s+del\\s+sitio|accesibilidad|trabaja\\s+con\\s+nosotros|anúnciate|buscar|búsqueda|inicio|portada|volver\\s+arriba|ir\\s+al\\s+contenido(?:\\s+principal)?|saltar\\s+al\\s+contenido|menú|secciones|hemeroteca|edición\\s+impresa|kiosko|kiosco|política\\s+de\\s+cookies|configuración\\s+de\\s+cookies|defensor\\s+del\\s+lector|libro\\s+de\\s+estilo|cancelar\\s+suscripción|preguntas\\s+frecuentes',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Aviso legal", "Quiénes somos").',
    },
    {
      name: 'derechos-reservados',
      category: 'navigation',
      pattern:
        'todos\\s+los\\s+derechos\\s+reservados|prohibida\\s+(?:su|la)\\s+reproducción(?:\\s+total\\s+o\\s+parcial)?',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("© EDICIONES EL PAÍS. Todos los derechos reservados").',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:[\\p{L}]+(?:\\s[\\p{L}]+){0,2}\\s+-\\s+)?(?:(?:actualizado|publicado|actualización|act\\.)(?:\\s*:\\s*|\\s+el\\s+|\\s+))?(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\\s*,\\s*|\\s+))?${DATE}${TIME}?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("Madrid - 03 nov 2025 - 09:02 CET", "Actualizado el 3 de noviembre de 2025"): dates go to metadata.',
    },
    {
      name: 'tiempo-de-lectura',
      category: 'other',
      pattern:
        '(?:tiempo\\s+de\\s+)?lectura(?:\\s*:\\s*|\\s+)\\d+\\s*min(?:utos?|\\.)?|\\d+\\s*min(?:utos?|\\.)?\\s+(?:de\\s+)?lectura',
      scope: 'whole',
      weight: 1,
      note: '"Tiempo de lectura: 4 min", "5 min de lectura" labels.',
    },
    {
      name: 'byline-por',
      category: 'other',
      pattern: `por\\s+${NOT_NAME}[\\p{L}.'-]+(?:\\s+(?:y\\s+)?${NOT_NAME}[\\p{L}.'-]+){1,5}(?:\\s*[,(|-]\\s*[\\p{L}]+(?:[\\s,]+[\\p{L}]+){0,2}\\)?)?`,
      scope: 'whole',
      weight: 1,
      note: 'A byline alone on a line ("Por Juan Pérez y Ana García, Madrid"); sentence words excluded.',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        "(?:foto|fotos|fotografía|imagen|vídeo|video|ilustración|infografía|créditos?)\\s*:\\s*[^\\n]{0,80}|\\(?(?:efe|europa\\s+press|getty\\s+images|télam|gtres|cuartoscuro)(?:\\s*/\\s*[^\\n]{0,60})?\\)?|[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,5}\\s?[(/]\\s?(?:efe|europa\\s+press|afp|reuters|ap|getty\\s+images|télam|gtres|cuartoscuro)\\)?",
      scope: 'whole',
      weight: 1,
      note: 'Photo credit lines ("Foto: EFE", "Juan Pérez (EFE)", "Europa Press").',
    },
  ],
};
