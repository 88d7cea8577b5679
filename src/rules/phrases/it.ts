import type { Lexicon } from '../types.js';

/**
 * Italian phrase rules. Grouped by category; each rule says where such lines are seen
 * (Repubblica, Corriere della Sera, Il Post, La Stampa, regional papers).
 *
 * Rules look for the reader being addressed (imperatives, "tu/tuo", the outlet's
 * "noi/nostro"), not for topic words: an article may be ABOUT subscriptions or donations
 * ("Il giornale ha perso abbonati"). "Abbonati" is both the imperative and the plural
 * noun, so it only counts with an offer word after it or alone on a line.
 */

const MONTHS =
  '(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)';
const DATE = `(?:(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\\s+)?(?:\\d{1,2}\\s+${MONTHS}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:(?:\\s*[-–,|]\\s*|\\s+)(?:alle\\s+|ore\\s+)?\\d{1,2}[:.]\\d{2})?`;

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
        '(?:il|col|con\\s+il|grazie\\s+al|senza\\s+il)\\s+tuo\\s+(?:\\p{L}+\\s+)?(?:sostegno|contributo|aiuto|abbonamento|supporto)|(?:lettori|lettrici|abbonati|persone)\\s+come\\s+te(?![\\p{L}])|(?:sostieni|sostenere)\\s+il\\s+nostro\\s+(?:\\p{L}+\\s+)?(?:giornalismo|lavoro)',
      scope: 'any',
      weight: 1,
      note: '"Con il tuo contributo …", "lettori come te", "… sostieni il nostro lavoro".',
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
      name: 'login-button',
      category: 'paywall',
      pattern:
        'accedi|esci|registrati|iscriviti|abbonati(?:\\s+(?:ora|subito))?|il\\s+mio\\s+account|area\\s+personale|già\\s+abbonato\\s*\\??|solo\\s+per\\s+(?:gli\\s+)?abbonati|riservato\\s+agli\\s+abbonati|(?:in\\s+)?esclusiva\\s+per\\s+gli\\s+abbonati|scopri\\s+(?:le\\s+)?offerte',
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Accedi", "Abbonati", "Riservato agli abbonati").',
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

    // ── promo ───────────────────────────────────────────────────────────────────────────
    {
      name: 'seguici',
      category: 'promo',
      pattern:
        "seguici\\s+(?:su|anche)|(?:scarica|installa)\\s+(?:gratis\\s+)?(?:la\\s+|l')?(?:nostra\\s+)?(?:app|applicazione)|(?:ascolta|segui)\\s+(?:il|questo)\\s+(?:\\p{L}+\\s+)?podcast|regala\\s+(?:un\\s+)?abbonamento|(?:unisciti|iscriviti)\\s+al\\s+(?:nostro\\s+)?canale",
      scope: 'start',
      weight: 1,
      note: 'Follow, app, podcast and gift promos ("Seguici su Instagram", "Scarica l\'app").',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'leggi-anche',
      category: 'related',
      pattern:
        '(?:leggi|leggete|legga)\\s+anche(?![\\p{L}])|(?:ti\\s+)?potrebbe\\s+(?:interessarti|piacerti|interessare)|(?:articoli\\s+correlati|i\\s+più\\s+letti|approfondisci|vedi\\s+anche|guarda\\s+anche|potrebbe\\s+interessarti)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Leggi anche: <titolo>", "Ti potrebbe interessare", "Approfondisci:".',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        'leggi\\s+anche|(?:ti\\s+)?potrebbe\\s+(?:interessarti|piacerti|interessare)|(?:articoli|notizie|contenuti)\\s+correlat[ie]|(?:i\\s+)?più\\s+(?:letti|visti|condivisi|commentati)|(?:vedi|guarda)\\s+anche|approfondisci|consigliati\\s+per\\s+te|ultime\\s+notizie|altre\\s+notizie(?:\\s+su\\s+\\S+(?:\\s+\\S+){0,2})?|altro\\s+su\\s+\\S+(?:\\s+\\S+){0,2}|in\\s+evidenza',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related lists ("Leggi anche", "I più letti", "Articoli correlati").',
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
      name: 'consent-button',
      category: 'cookie',
      pattern:
        'accetta(?:\\s+(?:tutto|tutti|e\\s+chiudi|e\\s+continua|i\\s+cookie))?|rifiuta(?:\\s+(?:tutto|tutti))?|continua\\s+senza\\s+accettare|gestisci\\s+(?:le\\s+)?(?:preferenze|opzioni|cookie)|personalizza|impostazioni(?:\\s+(?:cookie|privacy))?|ho\\s+capito|accetto',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Accetta", "Continua senza accettare"); medium: a one-word line.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'commenti',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|nessun)\\s+comment[oi]|comment[oi]\\s*\\(\\s*\\d+\\s*\\)|commenti|(?:leggi|mostra|vedi)\\s+(?:i\\s+|tutti\\s+i\\s+)?(?:\\d+\\s+)?commenti|lascia\\s+un\\s+commento|commenta',
      scope: 'whole',
      weight: 1,
      note: '"12 commenti", "Leggi i commenti", "Commenta" alone on a line.',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        "note\\s+legali|termini\\s+e\\s+condizioni|condizioni\\s+d'uso|contatti|chi\\s+siamo|mappa\\s+del\\s+sito|lavora\\s+con\\s+noi|cerca|torna\\s+su|vai\\s+al\\s+contenuto|sezioni|archivio|abbonamenti|edicola(?:\\s+digitale)?|gestione\\s+cookie|preferenze\\s+cookie",
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Chi siamo", "Note legali").',
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

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:(?:aggiornato|pubblicato|modificato)(?:\\s*:\\s*|\\s+(?:il\\s+|alle\\s+)?))?${DATE}(?:\\s*[-–|]\\s*(?:tempo\\s+di\\s+lettura:?\\s*)?\\d+\\s*min(?:uti)?(?:\\s+di\\s+lettura)?)?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("Aggiornato il 3 novembre 2025 alle 09:02"): dates go to metadata.',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        '(?:foto|immagine|video|illustrazione)\\s*:\\s*[^\\n]{0,80}|\\(?(?:foto\\s+)?(?:ansa|lapresse|imagoeconomica|fotogramma|getty\\s+images)(?:\\s*/\\s*[^\\n]{0,60})?\\)?|(?:tempo\\s+di\\s+lettura(?:\\s*:\\s*|\\s+)\\d+\\s*min(?:uti|\\.)?|\\d+\\s*min(?:uti|\\.)?\\s+di\\s+lettura)',
      scope: 'whole',
      weight: 1,
      note: 'Photo credits ("(Foto ANSA/Riccardo Antimiani)") and reading-time labels ("Tempo di lettura: 4 minuti").',
    },
  ],
};
