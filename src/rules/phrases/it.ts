import type { Lexicon } from '../types.js';

/**
 * Italian phrase rules. Grouped by category; each rule says where such lines are seen
 * (Repubblica, Corriere della Sera, Il Post, La Stampa, regional papers).
 *
 * Rules look for the reader being addressed (imperatives, "tu/tuo", the outlet's
 * "noi/nostro"), not for topic words: an article may be ABOUT subscriptions or donations
 * ("Il giornale ha perso abbonati"). "Abbonati" is both the imperative and the plural
 * noun, so it only counts with an offer word after it or alone on a line. Imperatives that
 * are also the third person ("diventa", "segui") count only at a sentence start or with a
 * clitic ("seguici", "condividilo"); "Di Maio" opens headlines, so bylines need "di".
 */

const MONTHS =
  '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)';
const DATE = `(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?:\\s*,\\s*|\\s+))?(?:\\d{1,2}\\s+${MONTHS}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:(?:\\s*[-–,|]\\s*|\\s+)(?:alle\\s+|ore\\s+|h\\s*)?\\d{1,2}[:.]\\d{2})?`;
const UPDATED =
  '(?:ultimo\\s+aggiornamento|aggiornamento|aggiornato|pubblicato|modificato|inserito|creato)';
/** Social networks and channels named in follow and share lines. */
const SOCIAL =
  '(?:facebook|instagram|x|twitter|whatsapp|telegram|tiktok|youtube|linkedin|threads|bluesky|google\\s+news|pinterest|flipboard)';

export const it: Lexicon = {
  lang: 'it',
  rules: [
    // ── donation ────────────────────────────────────────────────────────────────────────
    {
      name: 'sostienici',
      category: 'donation',
      pattern:
        "(?:sostienici|sosteneteci|aiutaci|aiutateci|supportaci)(?![\\p{L}])|(?:sostieni|sostenete|difendi)\\s+(?:il\\s+|un\\s+|l'|questo\\s+)?(?:nostro\\s+|nostra\\s+)?(?:giornalismo|informazione|lavoro|redazione|progetto|testata|\\p{L}+\\s+(?:indipendente|libero|libera))|(?:fai|fate|effettua)\\s+una\\s+donazione|dona\\s+(?:ora|adesso|oggi|\\d)",
      scope: 'start',
      weight: 1,
      note: 'Imperative openers: "Sostieni il giornalismo indipendente", "Aiutaci", "Fai una donazione".',
    },
    {
      name: 'il-tuo-sostegno',
      category: 'donation',
      pattern:
        '(?:il|col|con\\s+il|grazie\\s+al|senza\\s+il)\\s+tuo\\s+(?:\\p{L}+\\s+)?(?:sostegno|contributo|aiuto|abbonamento|supporto)|(?:lettori|lettrici|abbonati|persone)\\s+come\\s+(?:te|voi)(?![\\p{L}])|(?:sostieni|sostenere)\\s+il\\s+nostro\\s+(?:\\p{L}+\\s+)?(?:giornalismo|lavoro)',
      scope: 'any',
      weight: 1,
      note: '"Con il tuo contributo …", "lettori come te", "… sostieni il nostro lavoro"; not "vostro": politicians thank voters so.',
    },
    {
      name: 'dona-button',
      category: 'donation',
      pattern:
        'dona(?:\\s+ora)?|sostienici|sostieni(?:\\s+\\S+(?:\\s+\\S+)?)?|fai\\s+una\\s+donazione|diventa\\s+(?:socio|socia|sostenitore|sostenitrice|abbonato|abbonata)',
      scope: 'whole',
      weight: 1,
      note: 'Appeal buttons alone on a line ("Sostieni il Post", "Dona ora").',
    },
    {
      name: 'diventa-socio',
      category: 'donation',
      pattern:
        '(?:diventa|diventate)\\s+(?:(?:anche\\s+tu|anche\\s+voi|subito|ora|oggi|adesso)\\s+(?:un\\s+|una\\s+|nostro\\s+|nostra\\s+|nostri\\s+)?|(?:un\\s+|una\\s+)?(?:nostro|nostra|nostri|nostre)\\s+)(?:socio|socia|soci|sostenitore|sostenitrice|sostenitori|abbonato|abbonata|abbonati|membro|membri|mecenate|mecenati)(?![\\p{L}])|(?:diventa|diventate)\\s+(?:socio|socia|soci|sostenitore|sostenitrice|sostenitori|abbonato|abbonata|mecenate)\\s*(?:[!.]|$)|(?:unisciti|unitevi|entra|entrate)\\s+(?:a\\s+far\\s+parte\\s+)?(?:a\\s+noi(?![\\p{L}])|(?:alla|nella|della)\\s+nostra\\s+(?:comunità|community)|(?:della|nella|alla)\\s+(?:comunità|community)\\s+(?:dei|delle|di)\\s+(?:\\p{L}+\\s+)?(?:lettori|lettrici|abbonati|sostenitori|soci))',
      scope: 'start',
      weight: 1,
      note: 'Membership drives at a sentence start ("Diventa anche tu socio", "Diventa nostro abbonato", "Unisciti alla nostra community"): "diventa socio di …" alone can be a headline with the subject dropped.',
    },
    {
      name: 'indipendenza-dipende',
      category: 'donation',
      pattern:
        '(?:la\\s+nostra\\s+indipendenza|il\\s+nostro\\s+giornalismo|questo\\s+giornale|questo\\s+giornalismo)\\s+(?:\\p{L}+\\s+)?(?:dipende|è\\s+possibile|esiste|vive)\\s+(?:solo\\s+|soltanto\\s+|anche\\s+)?(?:da\\s+te|da\\s+voi|grazie\\s+a\\s+(?:te|voi)|grazie\\s+ai\\s+(?:nostri\\s+|suoi\\s+)?(?:lettori|abbonati|sostenitori|soci)|dai\\s+(?:nostri\\s+|suoi\\s+)?(?:lettori|abbonati|sostenitori|soci))(?![\\p{L}])|(?:ogni|qualsiasi)\\s+(?:contributo|donazione|euro)(?:\\s*,\\s*|\\s+)(?:anche\\s+(?:il\\s+più\\s+)?(?:piccol[oa]|minimo|simbolico)|grande\\s+o\\s+piccol[oa]|piccol[oa]\\s+o\\s+grande)|senza\\s+(?:di\\s+)?(?:te|voi)(?:\\s*,\\s*|\\s+)(?:questo\\s+giornale|il\\s+nostro\\s+giornalismo|questa\\s+redazione)',
      scope: 'any',
      weight: 1,
      note: 'Appeal copy on the outlet needing its readers: "La nostra indipendenza dipende da te", "Ogni contributo, anche piccolo, …", "Senza di te questo giornale …"; not "il nostro lavoro" or "senza di voi non potremmo", which volunteers and mayors say too.',
    },
    {
      name: 'finanziato-dai-lettori',
      category: 'donation',
      pattern:
        '(?:finanziat|sostenut|pagat)[oaie]\\s+(?:solo\\s+|soltanto\\s+|unicamente\\s+|esclusivamente\\s+|interamente\\s+)?(?:dai\\s+(?:suoi\\s+|nostri\\s+)?(?:lettori|lettrici|abbonati|sostenitori|soci)|da\\s+chi\\s+(?:lo|la|ci)\\s+legge)',
      scope: 'any',
      weight: 0.3,
      note: '"Un giornale finanziato dai suoi lettori": weak, a media story can say it about any paper.',
    },
    {
      name: 'nostro-giornalismo',
      category: 'donation',
      pattern:
        '(?:il\\s+nostro|la\\s+nostra|i\\s+nostri|le\\s+nostre)\\s+(?:\\p{L}+\\s+){0,2}(?:giornalismo|redazione|indipendenza|giornalisti|giornaliste|inchieste)(?![\\p{L}])',
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism ("la nostra redazione", "le nostre inchieste"); weak alone.',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'abbonati-ora',
      category: 'paywall',
      pattern:
        "abbonati\\s+(?:ora|subito|adesso|oggi|per\\s+(?:leggere|continuare|sostenere|avere)|a\\s+(?:\\d|partire))|(?:accedi|registrati|iscriviti|abbonati)\\s+(?:gratis\\s+|gratuitamente\\s+)?(?:per|e)\\s+(?:continuare|leggere|accedere|sbloccare)|(?:per\\s+)?continuare\\s+a\\s+leggere(?:\\s*,\\s*|\\s+)(?:abbonati|accedi|registrati|iscriviti)|(?:questo|quest')\\s*(?:articolo|contenuto)\\s+(?:è\\s+)?(?:riservato|dedicato|disponibile\\s+solo)\\s+(?:agli|per\\s+gli|ai)\\s+(?:abbonati|iscritti|utenti\\s+registrati)|sei\\s+già\\s+(?:abbonato|abbonata|iscritto|iscritta|registrato|registrata)|hai\\s+(?:letto|raggiunto|esaurito)\\s+(?:[\\p{L}\\d]+\\s+){0,4}(?:articoli|gratuit\\p{L}*|limite)",
      scope: 'any',
      weight: 1,
      note: '"Abbonati ora", "Accedi per continuare a leggere", "Questo articolo è riservato agli abbonati".',
    },
    {
      name: 'articoli-gratuiti',
      category: 'paywall',
      pattern:
        '(?:ti|vi)\\s+(?:restano|rimangono|resta|rimane)\\s+(?:ancora\\s+)?(?:\\d+|un|uno|una|due|tre|quattro|cinque)\\s+(?:articol[oi]|contenut[oi])(?![\\p{L}])|hai\\s+(?:ancora\\s+)?(?:a\\s+disposizione\\s+)?(?:\\d+|un|uno|due|tre|quattro|cinque)\\s+(?:articol[oi]|contenut[oi])\\s+(?:gratuit[oi]|gratis|a\\s+disposizione|da\\s+leggere)|(?:questo\\s+è\\s+)?(?:il\\s+tuo\\s+)?ultimo\\s+articolo\\s+(?:gratuito|gratis)|(?:hai\\s+)?(?:esaurito|terminato|consumato|utilizzato)\\s+(?:i\\s+tuoi\\s+|gli\\s+|tutti\\s+gli\\s+)?(?:\\d+\\s+)?articoli\\s+(?:gratuiti|gratis|a\\s+disposizione|di\\s+questo\\s+mese)',
      scope: 'any',
      weight: 1,
      note: 'Meter notices: "Ti restano 2 articoli gratuiti", "Questo è il tuo ultimo articolo gratuito", "Hai esaurito gli articoli gratuiti".',
    },
    {
      name: 'gia-abbonato',
      category: 'paywall',
      pattern:
        '(?:sei\\s+|siete\\s+|è\\s+)?già\\s+(?:abbonat[oaie]|iscritt[oaie]|registrat[oaie]|client[ei]|soci[oa])\\s*\\?|hai\\s+già\\s+(?:un\\s+account|un\\s+abbonamento|le\\s+credenziali)\\s*\\?|non\\s+(?:sei|hai)\\s+(?:ancora\\s+)?(?:abbonat[oa]|registrat[oa]|iscritt[oa]|un\\s+account)\\s*\\?',
      scope: 'start',
      weight: 1,
      note: '"Già abbonato? Accedi", "Hai già un account?", "Non sei ancora registrato?": start only, a question in an interview stays.',
    },
    {
      name: 'accedi-senza-limiti',
      category: 'paywall',
      pattern:
        "(?:leggi|accedi\\s+a|sblocca)\\s+(?:tutti\\s+gli\\s+articoli|tutti\\s+i\\s+contenuti|l'articolo\\s+completo|(?:\\p{L}+\\s+)?senza\\s+limiti)|(?:prova|provalo|provala)\\s+(?:gratis|gratuitamente|per\\s+\\d+\\s+giorni)|(?:scegli|attiva|sottoscrivi)\\s+(?:il\\s+tuo\\s+|l'|un\\s+)(?:abbonamento|offerta)",
      scope: 'start',
      weight: 1,
      note: 'Offer calls at a sentence start: "Leggi senza limiti", "Accedi a tutti i contenuti", "Prova gratis", "Scegli il tuo abbonamento".',
    },
    {
      name: 'offerta-prezzo',
      category: 'paywall',
      pattern:
        '(?:(?:abbonati|prova|attiva|solo|a\\s+soli|a\\s+partire\\s+da|da)\\s+)?(?:a\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:€|euro)\\s*(?:/|al|a|ogni|per\\s+un|per\\s+il\\s+primo)\\s*(?:mese|settimana|anno)(?:\\s+per\\s+(?:i\\s+primi\\s+)?(?:\\d+|tre|sei|dodici)\\s+(?:mesi|settimane)|\\s+per\\s+un\\s+anno|\\s+il\\s+primo\\s+(?:mese|anno))?|(?:il\\s+)?primo\\s+mese\\s+(?:gratis|a\\s+\\d+(?:[.,]\\d+)?\\s*(?:€|euro))|(?:prova\\s+)?(?:gratis|gratuitamente)\\s+per\\s+(?:\\d+|un|trenta)\\s+(?:giorni|mese|mesi|settimana|settimane)',
      scope: 'whole',
      weight: 1,
      note: 'Trial offer labels alone on a line ("1 € al mese per 3 mesi", "Il primo mese gratis"); whole only: a tariff story quotes prices mid-sentence.',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        "accedi|esci|entra|login|logout|registrati(?:\\s+gratis)?|iscriviti|abbonati(?:\\s+(?:ora|subito))?|il\\s+mio\\s+(?:account|profilo)|area\\s+(?:personale|riservata)|crea\\s+(?:un\\s+)?account|accedi\\s+(?:al\\s+tuo\\s+account|con\\s+\\p{L}+)|già\\s+abbonato\\s*\\??|solo\\s+per\\s+(?:gli\\s+)?abbonati|riservato\\s+agli\\s+abbonati|(?:contenuto|articolo)\\s+(?:riservato|esclusivo|premium)(?:\\s+(?:agli|per\\s+gli)\\s+abbonati)?|(?:in\\s+)?esclusiva\\s+per\\s+gli\\s+abbonati|(?:scopri|vedi)\\s+(?:le\\s+offerte|l'offerta|gli\\s+abbonamenti)|offerte",
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Accedi", "Crea un account", "Riservato agli abbonati").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'iscriviti-newsletter',
      category: 'newsletter',
      pattern:
        '(?:iscriviti|abbonati|registrati)\\s+(?:gratis\\s+|gratuitamente\\s+)?(?:alla|alle|a|al|alla\\s+nostra|alle\\s+nostre)\\s+(?:\\p{L}+\\s+){0,3}(?:newsletter|notifiche)|(?:nella|alla)\\s+tua\\s+(?:casella\\s+(?:di\\s+posta|e-?mail)|email|e-mail|mail|inbox)|(?:il\\s+)?tuo\\s+indirizzo\\s+(?:e-?mail|di\\s+posta)|(?:puoi|potrai)\\s+(?:disiscriverti|cancellarti)',
      scope: 'any',
      weight: 1,
      note: '"Iscriviti alla newsletter", "… nella tua casella di posta", "Puoi disiscriverti in qualsiasi momento".',
    },
    {
      name: 'ricevi-newsletter',
      category: 'newsletter',
      pattern:
        "(?:ricevi|ricevete|riceverai|riceverete)\\s+(?:(?:gratis|gratuitamente|ogni\\s+\\p{L}+|tutti\\s+i\\s+giorni|direttamente|via\\s+e-?mail)\\s+){0,3}(?:la\\s+|le\\s+|il\\s+|i\\s+|gli\\s+|l'|una\\s+)?(?:\\p{L}+\\s+){0,2}newsletter|(?:ricevi|ricevete|riceverai|riceverete)\\s+(?:(?:(?:gratis|gratuitamente|ogni\\s+\\p{L}+|tutti\\s+i\\s+giorni|direttamente|via\\s+e-?mail)\\s+){1,3}(?:la\\s+|le\\s+|i\\s+|gli\\s+|l')?|(?:la\\s+|le\\s+|i\\s+|gli\\s+)?(?:nostra|nostre|nostri)\\s+)(?:\\p{L}+\\s+){0,2}(?:notizie|aggiornamenti|notifiche|approfondimenti|news)(?![\\p{L}])",
      scope: 'start',
      weight: 1,
      note: '"Ricevi ogni mattina la nostra newsletter", "Ricevi gratis le notizie più importanti": start only, and "notizie/notifiche" need "gratis", "ogni mattina" or "nostre" ("Ricevi strane notifiche dalla banca?" opens a service piece).',
    },
    {
      name: 'email-field',
      category: 'newsletter',
      pattern:
        "inserisci\\s+(?:qui\\s+)?(?:il\\s+tuo\\s+|la\\s+tua\\s+|un\\s+|l')?(?:indirizzo\\s+)?(?:e-?mail|mail)|(?:indirizzo\\s+)?e-?mail\\s*\\*|(?:iscrivendoti|registrandoti|procedendo|cliccando\\s+(?:su\\s+)?[^\\s,]+)(?:\\s*,\\s*|\\s+)(?:dichiari\\s+di\\s+|confermi\\s+di\\s+)?(?:accetti|acconsenti|accettare|aver\\s+letto)|ho\\s+letto\\s+(?:e\\s+(?:accetto|compreso)\\s+)?(?:l'informativa|la\\s+privacy|i\\s+termini)|acconsento\\s+al\\s+trattamento\\s+dei\\s+(?:miei\\s+)?dati|controlla\\s+la\\s+tua\\s+(?:casella|e-?mail|posta)",
      scope: 'any',
      weight: 1,
      note: 'Sign-up form labels and fine print ("Inserisci la tua email", "Email *", "Iscrivendoti accetti l\'informativa", "Acconsento al trattamento dei dati").',
    },
    {
      name: 'newsletter-heading',
      category: 'newsletter',
      pattern:
        '(?:la\\s+|le\\s+)?(?:nostra\\s+|nostre\\s+)?newsletter(?:\\s+(?:gratuita|gratuite|quotidiana|settimanale|di\\s+\\S+(?:\\s+\\S+)?))?|(?:iscriviti|iscrizione|registrati)\\s+(?:gratis\\s+)?alla\\s+newsletter|ricevi\\s+(?:la|le)\\s+(?:nostra\\s+|nostre\\s+)?newsletter|(?:le\\s+)?notizie\\s+(?:del\\s+giorno\\s+)?(?:via\\s+e-?mail|nella\\s+tua\\s+(?:e-?mail|casella))',
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings alone on a line ("Newsletter", "Le nostre newsletter", "Iscrizione alla newsletter").',
    },

    // ── promo ───────────────────────────────────────────────────────────────────────────
    {
      name: 'seguici',
      category: 'promo',
      pattern:
        "seguici\\s+(?:su|anche)|(?:scarica|installa)\\s+(?:gratis\\s+)?(?:la\\s+|l')?(?:nostra\\s+)?(?:app|applicazione)|(?:ascolta|segui)\\s+(?:il|questo)\\s+(?:\\p{L}+\\s+)?podcast|regala\\s+(?:un\\s+)?abbonamento|(?:unisciti|iscriviti)\\s+al\\s+(?:nostro\\s+)?canale|(?:resta|rimani|restate|rimanete)\\s+(?:sempre\\s+)?aggiornat[oaie](?:\\s+(?:su|sul|sulla|sulle|sui|con|iscrivendoti|seguendoci)(?![\\p{L}])|\\s*(?:[!:]|$))",
      scope: 'start',
      weight: 1,
      note: 'Follow, app, podcast and gift promos ("Seguici su Instagram", "Scarica l\'app", "Resta aggiornato").',
    },
    {
      name: 'seguici-social',
      category: 'promo',
      pattern: `(?:seguici|seguiteci)\\s+(?:anche\\s+)?(?:su|sui|sul|sulla|sulle|ogni\\s+giorno|per\\s+(?:restare|rimanere|essere|non\\s+perdere))(?![\\p{L}])|segui\\s+(?:\\S+\\s+){1,4}(?:anche\\s+)?su\\s+${SOCIAL}(?![\\p{L}])|(?:iscriviti|unisciti|entra)\\s+(?:gratis\\s+)?(?:al\\s+(?:nostro\\s+)?canale|alla\\s+(?:nostra\\s+)?(?:community|pagina|comunità))\\s+(?:\\p{L}+\\s+)?(?:di\\s+|su\\s+)?${SOCIAL}|(?:ovunque|dove)\\s+(?:ascolti|trovi)\\s+(?:i\\s+tuoi\\s+)?podcast|sulla\\s+tua\\s+piattaforma\\s+(?:di\\s+podcast\\s+|di\\s+ascolto\\s+)?preferita`,
      scope: 'any',
      weight: 1,
      note: '"… seguici su Instagram" (not a bare "Seguici!" in a quote), "Segui Fanpage.it su WhatsApp", "Iscriviti al nostro canale Telegram", "ovunque ascolti i tuoi podcast".',
    },
    {
      name: 'scrivici',
      category: 'promo',
      pattern:
        '(?:scrivici|scriveteci|contattaci|contattateci|segnalaci|segnalateci|inviaci|inviateci|mandaci)(?![\\p{L}])|(?:scrivi|scrivete|invia|inviate|manda)\\s+(?:una\\s+(?:mail|e-?mail|segnalazione)\\s+)?(?:alla|a)\\s+(?:nostra\\s+)?redazione|(?:hai|avete)\\s+(?:una\\s+)?(?:segnalazione|notizia|storia|foto|video|suggerimento)\\s+(?:da\\s+(?:segnalare|raccontare|condividere|proporre)|per\\s+(?:noi|la\\s+(?:nostra\\s+)?redazione))',
      scope: 'start',
      weight: 1,
      note: 'Tip-line promos: "Scrivici", "Scrivi alla redazione", "Hai una segnalazione da fare per la redazione?".',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'leggi-anche',
      category: 'related',
      pattern:
        '\\(?(?:(?:leggi|leggete|legga)\\s+(?:anche|pure)(?![\\p{L}])|(?:ti\\s+)?potrebbe(?:ro)?\\s+(?:interessarti|piacerti|interessare)|(?:articoli\\s+correlati|i\\s+più\\s+letti|approfondisci|per\\s+approfondire|approfondimento|vedi\\s+anche|guarda\\s+anche|guarda\\s+il\\s+video|ti\\s+consigliamo|potrebbe\\s+interessarti)\\s*(?::|\\||»|›|>|–|—))',
      scope: 'start',
      weight: 1,
      note: '"Leggi anche: <titolo>", "(Leggi anche su: …)", "Ti potrebbe interessare", "Per approfondire:".',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        'leggi\\s+anche|(?:ti\\s+)?potrebbe(?:ro)?\\s+(?:interessarti|piacerti|interessare)(?:\\s+anche)?|(?:articoli|notizie|contenuti|news)\\s+correlat[ie]|(?:i\\s+)?più\\s+(?:letti|visti|condivisi|commentati)|(?:vedi|guarda)\\s+anche|approfondisci|consigliati(?:\\s+per\\s+te)?|ti\\s+consigliamo|ultime\\s+notizie|altre\\s+notizie(?:\\s+su\\s+\\S+(?:\\s+\\S+){0,2})?|altro\\s+su\\s+\\S+(?:\\s+\\S+){0,2}|in\\s+evidenza|(?:articoli|post|commenti)\\s+recenti|ultimi\\s+(?:articoli|post|commenti|video)|dalla\\s+stessa\\s+sezione|dello\\s+stesso\\s+autore|della\\s+stessa\\s+autrice|altri\\s+articoli(?:\\s+(?:di|su|della|dello|del)\\s+\\S+(?:\\s+\\S+){0,2})?|tutte\\s+le\\s+notizie(?:\\s+(?:di|su)\\s+\\S+(?:\\s+\\S+){0,2})?|archivi|da\\s+non\\s+perdere',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related lists and blog sidebars ("Leggi anche", "I più letti", "Articoli recenti", "Dello stesso autore").',
    },
    {
      name: 'leggi-tutto',
      category: 'related',
      pattern:
        "leggi(?:\\s+(?:di\\s+più|tutto|altro|la\\s+notizia|l'articolo(?:\\s+completo)?))?|continua\\s+a\\s+leggere|vai\\s+all'articolo|scopri\\s+di\\s+più|per\\s+saperne\\s+di\\s+più|approfondimenti|clicca\\s+qui(?:\\s+per\\s+(?:leggere|vedere|guardare|ascoltare|scoprire)(?:\\s+\\S+){0,6})?|guarda\\s+il\\s+video|guarda\\s+(?:la\\s+)?(?:gallery|fotogallery|photogallery|galleria)|(?:vai|torna)\\s+alla\\s+(?:home|homepage)",
      scope: 'whole',
      weight: 1,
      note: 'Teaser links alone on a line ("Leggi tutto", "Continua a leggere", "Clicca qui per vedere il video", "Guarda la gallery").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'condividi',
      category: 'share',
      pattern:
        "condividi(?:\\s+(?:l'articolo|questo\\s+articolo|su\\s+\\p{L}+))?|stampa|salva|copia\\s+(?:il\\s+)?link|link\\s+copiato|invia\\s+(?:per\\s+)?(?:e-?mail|mail)|ascolta(?:\\s+(?:l'articolo|questo\\s+articolo))?|regala(?:\\s+(?:l'articolo|questo\\s+articolo))?",
      scope: 'whole',
      weight: 1,
      note: 'Share-bar labels alone on a line ("Condividi", "Copia link", "Ascolta l\'articolo").',
    },
    {
      name: 'condividi-articolo',
      category: 'share',
      pattern: `(?:condividi|condividete)\\s+(?:questo\\s+articolo|l'articolo|la\\s+notizia|questa\\s+notizia|questo\\s+post|il\\s+post|questa\\s+pagina)|condividi\\s+su\\s+${SOCIAL}(?![\\p{L}])|(?:condividilo|condividila|condividili|condividetelo|condividetela)(?![\\p{L}])|(?:fai\\s+)?clic(?:ca)?\\s+per\\s+(?:condividere|inviare|stampare)|si\\s+apre\\s+in\\s+una\\s+nuova\\s+finestra|(?:ti\\s+è|vi\\s+è)\\s+piaciut[oa]\\s+(?:questo\\s+|quest'|l')(?:articolo|post|contenuto)|copia\\s+(?:il\\s+)?(?:link|collegamento)|invia\\s+(?:per|via|tramite)\\s+(?:e-?mail|mail|whatsapp)`,
      scope: 'any',
      weight: 1,
      note: '"Condividi questo articolo", "Condividi su WhatsApp", "Fai clic per condividere su Facebook (Si apre in una nuova finestra)", "Ti è piaciuto questo articolo? Condividilo".',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'pubblicita',
      category: 'ad',
      pattern:
        "pubblicità|annuncio|contenuto\\s+sponsorizzato|sponsorizzato|contenuto\\s+promozionale|informazione\\s+pubblicitaria|pubbliredazionale|in\\s+collaborazione\\s+con\\s+\\S+(?:\\s+\\S+){0,3}|(?:l'articolo\\s+)?continua\\s+(?:dopo|sotto)\\s+(?:la\\s+)?pubblicità|offerto\\s+da\\s+\\S+(?:\\s+\\S+){0,2}",
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Pubblicità", "Contenuto sponsorizzato", "Continua dopo la pubblicità").',
    },
    {
      name: 'sponsorizzato-da',
      category: 'ad',
      pattern:
        '(?:sponsorizzat[oa]|contenuto\\s+(?:sponsorizzato|offerto|promosso|realizzato)|articolo\\s+(?:sponsorizzato|promosso))\\s+(?:da|in\\s+collaborazione\\s+con)(?![\\p{L}])|brand\\s+content(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines ("Contenuto sponsorizzato da …", "Brand content"); medium because an article can report sponsorship.',
    },
    {
      name: 'link-affiliati',
      category: 'ad',
      pattern:
        '(?:contiene|contengono|include|includono|sono\\s+presenti|potrebbe\\s+contenere|può\\s+contenere)\\s+(?:dei\\s+|alcuni\\s+)?link\\s+(?:di\\s+)?affiliazione|(?:potremmo|possiamo|potremo)\\s+(?:ricevere|guadagnare|percepire|ottenere)\\s+(?:una\\s+)?(?:piccola\\s+)?(?:commissione|provvigione|percentuale)|(?:riceviamo|percepiamo|guadagniamo|otteniamo)\\s+una\\s+(?:piccola\\s+)?(?:commissione|provvigione|percentuale)|senza\\s+(?:alcun\\s+)?(?:costi?|sovrapprezzo|aggravio)\\s+(?:aggiuntiv[oi]\\s+)?(?:per\\s+(?:te|voi)(?![\\p{L}])|a\\s+tuo\\s+carico)|il\\s+prezzo\\s+per\\s+te\\s+non\\s+cambia|(?:i\\s+)?prodotti\\s+(?:sono\\s+)?(?:selezionati|scelti)\\s+in\\s+(?:modo|maniera)\\s+indipendente',
      scope: 'any',
      weight: 1,
      note: 'Affiliate disclosures of shopping pages: "Questo articolo contiene link di affiliazione", "potremmo ricevere una commissione", "senza costi aggiuntivi per te".',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'utilizziamo-cookie',
      category: 'cookie',
      pattern:
        '(?:utilizziamo|usiamo)\\s+(?:\\p{L}+\\s+){0,2}cookie|(?:questo\\s+sito|il\\s+sito)\\s+(?:utilizza|usa)\\s+(?:\\p{L}+\\s+)?cookie|noi\\s+e\\s+(?:i\\s+)?(?:nostri\\s+)?(?:\\d+\\s+)?(?:partner|terze\\s+parti)\\s+selezionat\\p{L}*|(?:chiudendo|proseguendo)\\s+(?:questo\\s+banner|la\\s+navigazione)',
      scope: 'any',
      weight: 1,
      note: 'Cookie banners ("Utilizziamo cookie", "Noi e terze parti selezionate …").',
    },
    {
      name: 'consenso-cookie',
      category: 'cookie',
      pattern:
        "(?:questo|il\\s+presente|il\\s+nostro)\\s+sito(?:\\s+web)?(?:\\s+o\\s+gli\\s+strumenti\\s+terzi(?:\\s+da\\s+questo\\s+utilizzati)?)?\\s+(?:utilizza|usa|fa\\s+uso\\s+di|si\\s+avvale\\s+di|si\\s+avvalgono\\s+di|installa|impiega)\\s+(?:\\p{L}+\\s+){0,3}cookie|(?:acconsenti|accetti)\\s+(?:all'uso|all'utilizzo|all'installazione)\\s+(?:dei\\s+|di\\s+(?:tutti\\s+i\\s+)?)?cookie|(?:puoi|potrai|potete)\\s+(?:modificare|revocare|negare|gestire|cambiare)\\s+(?:il\\s+tuo\\s+|il\\s+vostro\\s+|il\\s+)?consenso|(?:consulta|leggi)\\s+(?:la\\s+(?:nostra\\s+)?)?(?:cookie\\s+policy|informativa\\s+(?:sui\\s+cookie|estesa|cookie))|(?:scorrendo|cliccando)\\s+(?:questa\\s+pagina|la\\s+pagina|su\\s+un\\s+(?:qualunque\\s+)?link|qualunque\\s+elemento)",
      scope: 'any',
      weight: 1,
      note: 'Consent banner copy ("Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie …", "acconsenti all\'uso dei cookie", "Puoi modificare il tuo consenso").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        'accetta(?:\\s+(?:tutto|tutti|e\\s+chiudi|e\\s+continua|e\\s+prosegui|i\\s+cookie|tutti\\s+i\\s+cookie))?|rifiuta(?:\\s+(?:tutto|tutti|e\\s+chiudi))?|continua\\s+senza\\s+accettare|gestisci\\s+(?:le\\s+)?(?:preferenze|opzioni|cookie)|personalizza|impostazioni(?:\\s+(?:cookie|privacy))?|ho\\s+capito|accetto|non\\s+accetto|acconsento|solo\\s+(?:cookie\\s+)?(?:necessari|tecnici|essenziali)|salva\\s+(?:e\\s+esci|le\\s+preferenze|le\\s+impostazioni|preferenze)|più\\s+opzioni',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Accetta", "Continua senza accettare", "Solo cookie necessari"); medium: a one-word line.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'commenti',
      category: 'comments',
      pattern:
        "(?:\\d[\\d.]*|nessun)\\s+comment[oi]|comment[oi]\\s*\\(\\s*\\d+\\s*\\)|commenti|(?:leggi|mostra|vedi)\\s+(?:i\\s+|tutti\\s+i\\s+)?(?:\\d+\\s+)?commenti|lascia\\s+un\\s+commento|commenta|commenti\\s+chiusi|rispondi|annulla\\s+risposta|(?:pubblica|invia|aggiungi|scrivi)\\s+(?:il\\s+|un\\s+)?commento|commenta\\s+(?:la\\s+notizia|l'articolo)",
      scope: 'whole',
      weight: 1,
      note: '"12 commenti", "Leggi i commenti", "Commenta", "Rispondi" alone on a line.',
    },
    {
      name: 'commento-prompt',
      category: 'comments',
      pattern:
        "lascia(?:te)?\\s+un\\s+commento|annulla\\s+risposta|(?:devi|è\\s+necessario|occorre|bisogna)\\s+(?:essere\\s+(?:connesso|connessa|registrato|registrata|loggato|loggata|iscritto|iscritta|abbonato|abbonata)|effettuare\\s+(?:il\\s+)?(?:login|l'accesso)|accedere|registrarti|registrarsi)\\s+per\\s+(?:poter\\s+)?(?:commentare|inviare|pubblicare|lasciare|scrivere|postare)|(?:accedi|registrati|abbonati|iscriviti)\\s+per\\s+(?:commentare|lasciare\\s+un\\s+commento|partecipare\\s+alla\\s+discussione)|i\\s+commenti\\s+(?:a|per|su)\\s+questo\\s+articolo\\s+sono\\s+(?:chiusi|disattivati|disabilitati)|il\\s+tuo\\s+indirizzo\\s+e-?mail\\s+non\\s+sarà\\s+pubblicato|i\\s+campi\\s+obbligatori\\s+sono\\s+(?:contrassegnati|segnati|indicati)|salva\\s+il\\s+mio\\s+nome|sii\\s+il\\s+primo\\s+a\\s+commentare|commenta\\s+per\\s+primo|(?:cosa|che)\\s+ne\\s+(?:pensi|pensate)\\s*\\?|(?:di'|dì|dite)\\s+la\\s+(?:tua|vostra)\\s*(?:[!:.,]|$)",
      scope: 'any',
      weight: 1,
      note: 'Comment prompts and forms ("Lascia un commento", "Devi essere connesso per inviare un commento", "Il tuo indirizzo email non sarà pubblicato", "Cosa ne pensi?").',
    },
    {
      name: 'commenti-moderazione',
      category: 'comments',
      pattern:
        '(?:il\\s+tuo\\s+commento|i\\s+(?:vostri\\s+|tuoi\\s+)?commenti)\\s+(?:è|sono)\\s+in\\s+attesa\\s+di\\s+(?:moderazione|approvazione)|(?:regolamento|policy|regole|linee\\s+guida|norme)\\s+(?:dei|per\\s+i|sui|della\\s+sezione)\\s+commenti|netiquette|(?:i\\s+)?(?:vostri\\s+|tuoi\\s+)?commenti\\s+(?:sono|vengono|verranno|saranno)\\s+(?:\\p{L}+\\s+)?(?:moderati|sottoposti\\s+a\\s+moderazione|pubblicati\\s+(?:solo\\s+)?dopo)|questo\\s+sito\\s+(?:usa|utilizza)\\s+akismet',
      scope: 'any',
      weight: 1,
      note: 'Comment-policy and moderation notices ("Il tuo commento è in attesa di moderazione", "Regolamento dei commenti", "Questo sito usa Akismet per ridurre lo spam").',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        "note\\s+legali|termini\\s+e\\s+condizioni|condizioni\\s+d'uso|contatti|chi\\s+siamo|mappa\\s+del\\s+sito|lavora\\s+con\\s+noi|cerca(?:\\s*:\\s*(?:cerca|search))?|torna\\s+su|vai\\s+al\\s+contenuto(?:\\s+principale)?|salta\\s+al\\s+contenuto(?:\\s+principale)?|sezioni|archivio|abbonamenti|edicola(?:\\s+digitale)?|gestione\\s+cookie|preferenze\\s+cookie|privacy(?:\\s+policy)?|informativa\\s+(?:sulla\\s+)?privacy|cookie\\s+policy|gerenza|dati\\s+societari|codice\\s+etico|(?:dichiarazione\\s+di\\s+)?accessibilità|torna\\s+alla\\s+home(?:page)?|vai\\s+al\\s+menu|menu|servizio\\s+clienti|contattaci",
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Chi siamo", "Note legali", "Informativa privacy").',
    },
    {
      name: 'riproduzione-riservata',
      category: 'navigation',
      pattern:
        'riproduzione\\s+riservata|tutti\\s+i\\s+diritti\\s+(?:sono\\s+)?riservati|p\\.?\\s?iva\\s+\\d{11}|partita\\s+iva\\s+\\d{11}',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("© RIPRODUZIONE RISERVATA", "Partita IVA 01234567890").',
    },
    {
      name: 'footer-legale',
      category: 'navigation',
      pattern:
        "(?:registrazione|registrata|reg\\.)\\s+(?:presso\\s+il\\s+|al\\s+|del\\s+)?(?:tribunale|trib\\.)\\s+di\\s+\\p{L}+(?:\\s+\\p{L}+)?(?:\\s*,\\s*|\\s+)(?:al\\s+)?n(?:\\.|°|um\\.|umero)?\\s*\\d|direttore\\s+responsabile\\s*:|iscrizione\\s+(?:al\\s+)?r\\.?o\\.?c\\.?\\s+n|testata\\s+giornalistica\\s+registrata|capitale\\s+sociale\\s+(?:(?:€|euro)\\s*)?\\d[\\d.,]*(?:\\s*(?:€|euro))?\\s+(?:i\\.\\s?v\\.|interamente\\s+versato)|(?:è\\s+)?vietata\\s+la\\s+(?:riproduzione|diffusione|duplicazione)\\s+(?:anche\\s+parziale|totale\\s+o\\s+parziale)|codice\\s+fiscale\\s+e\\s+(?:numero\\s+(?:di\\s+)?)?iscrizione\\s+(?:al\\s+)?registro\\s+(?:delle\\s+)?imprese|società\\s+soggetta\\s+(?:all'attività\\s+)?di\\s+direzione\\s+e\\s+coordinamento",
      scope: 'any',
      weight: 1,
      note: 'Publisher footer lines ("Reg. Trib. di Roma n. 123/2005", "Direttore responsabile: …", "Capitale sociale € 10.000 i.v.", "È vietata la riproduzione anche parziale").',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:[\\p{L}]+(?:\\s[\\p{L}]+){0,2}\\s*[,–-]\\s+)?(?:${UPDATED}(?:\\s*:\\s*|\\s+(?:il\\s+|alle\\s+|in\\s+data\\s+)?))?${DATE}(?:(?:\\s*[-–|,]\\s*|\\s+)${UPDATED}(?:\\s*:\\s*|\\s+(?:il\\s+|alle\\s+)?)${DATE})?(?:\\s*[-–|]\\s*(?:tempo\\s+di\\s+lettura:?\\s*)?\\d+\\s*min(?:uti)?(?:\\s+di\\s+lettura)?)?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("Aggiornato il 3 novembre 2025 alle 09:02", "Roma, 3 novembre 2025", "Pubblicato: 03/11/2025 | Ultimo aggiornamento: …"): dates go to metadata.',
    },
    {
      name: 'byline-di',
      category: 'other',
      pattern:
        "(?:di|DI|[Aa]\\s+cura\\s+di|[Dd]al(?:la)?\\s+nostr[ao]\\s+(?:inviat[oa]|corrispondente))\\s+\\p{Lu}[\\p{L}'.-]*(?:\\s+(?:(?:e|ed|de|di|del|della|da|van|von)\\s+)?\\p{Lu}[\\p{L}'.-]*){1,4}(?:\\s*[,|–-]\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,2})?|(?:di|DI|[Aa]\\s+cura\\s+(?:di|della))\\s+(?:[Rr]edazione|REDAZIONE)(?:\\s+\\S+){0,2}",
      caseSensitive: true,
      scope: 'whole',
      weight: 1,
      note: 'A byline alone on a line ("di Mario Rossi e Anna Bianchi", "A cura di Redazione", "dal nostro inviato Marco Neri"): "di" in lower case, as "Di Maio" opens headlines; names need capitals.',
    },
    {
      name: 'tempo-di-lettura',
      category: 'other',
      pattern:
        "(?:tempo\\s+(?:stimato\\s+)?(?:di\\s+)?lettura(?:\\s+stimato)?|lettura)(?:\\s*:\\s*|\\s+)(?:circa\\s+)?\\d+\\s*(?:min(?:uti|uto|\\.)?|')|\\d+\\s*(?:min(?:uti|uto|\\.)?|')\\s+(?:di\\s+)?lettura|(?:si\\s+legge\\s+in|leggi\\s+in)\\s+\\d+\\s*min(?:uti|\\.)?",
      scope: 'whole',
      weight: 1,
      note: 'Reading-time labels ("Tempo di lettura: 4 minuti", "4\' di lettura", "Lettura 3 min").',
    },
    {
      name: 'tag-line',
      category: 'other',
      pattern:
        '(?:tags?|argomenti|parole\\s+chiave|archiviato\\s+in|pubblicato\\s+in|categorie|categoria|etichette)(?:\\s*:\\s*[^.!?\\n]{1,120})?',
      scope: 'whole',
      weight: 1,
      note: 'Tag and category lines ("Tag: Governo, Meloni, manovra", "Argomenti", "Archiviato in: Cronaca"); the colon is needed before a list, so "Pubblicato in Gazzetta …" stays.',
    },
    {
      name: 'autore-box',
      category: 'other',
      pattern:
        "(?:altri|tutti\\s+gli)\\s+articoli\\s+(?:dell'autore|dell'autrice|dello\\s+stesso\\s+autore|della\\s+stessa\\s+autrice)|(?:scrivi|contatta|segui)\\s+(?:all'|l')(?:autore|autrice)|(?:leggi|vedi)\\s+tutti\\s+gli\\s+articoli\\s+(?:di|del|della)\\s+\\p{L}",
      scope: 'any',
      weight: 1,
      note: 'Author-box lines ("Tutti gli articoli dell\'autore", "Scrivi all\'autore", "Vedi tutti gli articoli di Mario Rossi").',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        "(?:foto|immagine|video|illustrazione|ph|crediti|credits?|fonte\\s+foto|foto\\s+di\\s+copertina)\\s*:\\s*[^\\n]{0,80}|\\(?(?:foto\\s+)?(?:ansa|lapresse|imagoeconomica|fotogramma|getty\\s+images|agf|ipa|ipp|kikapress|agenzia\\s+sintesi|shutterstock|depositphotos)(?:\\s*/\\s*[^\\n]{0,60})?\\)?|[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,5}\\s?/\\s?(?:ansa|lapresse|agf|ipa|imagoeconomica|fotogramma|afp|reuters|ap|epa|getty\\s+images|ipp|kikapress|sintesi|shutterstock)",
      scope: 'whole',
      weight: 1,
      note: 'Photo credits ("(Foto ANSA/Riccardo Antimiani)", "Mario Rossi / LaPresse", "Ph: …").',
    },
  ],
};
