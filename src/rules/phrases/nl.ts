import type { Lexicon } from '../types.js';

/**
 * Dutch phrase rules. Grouped by category; each rule says where such lines are seen
 * (NRC, de Volkskrant, Trouw, Het Parool, De Correspondent, regional papers).
 *
 * Rules look for the reader being addressed (imperatives, "je/jij/u", the outlet's
 * "wij/onze"), not for topic words: an article may be ABOUT subscriptions or donations
 * ("De krant verloor tienduizend abonnees").
 */

const MONTHS =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)';
const DATE = `(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(?:\\d{1,2}\\s+${MONTHS}\\.?\\s+\\d{4}|\\d{1,2}-\\d{1,2}-\\d{2,4})(?:(?:\\s*,\\s*|\\s+)(?:om\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s+uur)?)?`;

export const nl: Lexicon = {
  lang: 'nl',
  rules: [
    // ── donation ────────────────────────────────────────────────────────────────────────
    {
      name: 'steun-ons',
      category: 'donation',
      pattern:
        '(?:steun|help|ondersteun)\\s+(?:ons|onze\\s+\\p{L}+|(?:onafhankelijke|goede|kritische|onderzoeks)\\s*journalistiek|de\\s+correspondent)(?![\\p{L}])|doneer(?![\\p{L}])|word\\s+(?:nu\\s+)?(?:lid|abonnee|donateur|vriend|member)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Imperative openers: "Steun onafhankelijke journalistiek", "Help ons", "Doneer", "Word lid".',
    },
    {
      name: 'jouw-bijdrage',
      category: 'donation',
      pattern:
        '(?:jouw|uw|je)\\s+(?:\\p{L}+\\s+)?(?:steun|bijdrage|donatie|gift|lidmaatschap)\\s+(?:\\p{L}+\\s+)?(?:maakt|helpt|zorgt|stelt|is\\s+(?:hard\\s+)?nodig)|(?:dankzij|met)\\s+(?:jouw|uw|je)\\s+(?:\\p{L}+\\s+)?(?:steun|bijdrage|donatie|gift|lidmaatschap)|lezers\\s+(?:zoals|als)\\s+(?:jij|u)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: '"Jouw bijdrage maakt dit mogelijk", "dankzij jouw steun", "lezers zoals jij".',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'neem-abonnement',
      category: 'paywall',
      pattern:
        'neem\\s+(?:nu\\s+)?(?:een\\s+)?(?:\\p{L}+\\s+)?abonnement|abonneer\\s+(?:je|u|nu)(?![\\p{L}])|registreer\\s+(?:je|u|nu|gratis)(?![\\p{L}])|maak\\s+(?:een\\s+)?(?:gratis\\s+)?account\\s+aan|probeer\\s+(?:\\d+\\s+\\p{L}+\\s+)?gratis|log\\s+in\\s+(?:om|en)\\s+(?:verder|dit|het)',
      scope: 'start',
      weight: 1,
      note: 'Imperative subscription offers ("Neem een abonnement", "Abonneer je nu", "Log in om verder te lezen").',
    },
    {
      name: 'verder-lezen',
      category: 'paywall',
      pattern:
        '(?:om\\s+)?(?:verder\\s+te\\s+lezen|dit\\s+artikel\\s+(?:verder\\s+)?te\\s+lezen)(?:\\s*,\\s*|\\s+)(?:heb\\s+je|hebt\\s+u|moet\\s+je|dient\\s+u|log\\s+in|neem|word|abonneer)|(?:dit|het)\\s+(?:artikel|stuk|verhaal)\\s+is\\s+(?:alleen|exclusief)\\s+(?:beschikbaar\\s+)?voor\\s+(?:onze\\s+)?(?:abonnees|leden|members)|(?:ben\\s+je|bent\\s+u)\\s+al\\s+abonnee|je\\s+hebt\\s+(?:[\\p{L}\\d]+\\s+){0,3}gratis\\s+artikel\\p{L}*\\s+(?:gelezen|over)|(?:lees|verder\\s+lezen)\\s+met\\s+(?:een\\s+)?(?:\\p{L}+\\s+)?abonnement',
      scope: 'any',
      weight: 1,
      note: '"Om verder te lezen heb je een abonnement nodig", "Dit artikel is alleen voor abonnees", "Ben je al abonnee?".',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        'inloggen|log\\s+in|uitloggen|registreren|abonneren|abonneer(?:\\s+nu)?|mijn\\s+account|mijn\\s+abonnement|word\\s+lid|lid\\s+worden|neem\\s+een\\s+abonnement|bekijk\\s+(?:de\\s+)?abonnementen|alleen\\s+voor\\s+abonnees|premium',
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Inloggen", "Word lid", "Premium").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'nieuwsbrief',
      category: 'newsletter',
      pattern:
        '(?:meld|schrijf|abonneer)\\s+(?:je|u)\\s+(?:nu\\s+|gratis\\s+){0,2}(?:aan\\s+|in\\s+)?(?:voor|op)\\s+(?:de|onze|deze)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}*(?:nieuwsbrief|newsletter)|(?:in\\s+je|in\\s+uw|in\\s+jouw)\\s+(?:mailbox|inbox)|(?:ontvang|krijg)\\s+(?:onze|de)\\s+(?:\\p{L}+\\s+){0,2}\\p{L}*nieuwsbrief|(?:je|uw|jouw)\\s+e-?mailadres|(?:je\\s+kunt|u\\s+kunt)\\s+(?:je|u)\\s+(?:altijd|op\\s+elk\\s+moment)\\s+(?:weer\\s+)?afmelden',
      scope: 'any',
      weight: 1,
      note: '"Meld je aan voor onze nieuwsbrief", "Elke ochtend in je mailbox", "Je e-mailadres".',
    },

    // ── promo ───────────────────────────────────────────────────────────────────────────
    {
      name: 'volg-ons',
      category: 'promo',
      pattern:
        'volg\\s+(?:ons|\\p{L}+)\\s+(?:op|via)\\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|youtube|linkedin|threads|bluesky|mastodon)|volg\\s+ons(?![\\p{L}])|download\\s+(?:de|onze)\\s+(?:\\p{L}+[- ])?app|luister\\s+(?:naar\\s+)?(?:de|onze|deze)\\s+(?:\\p{L}+\\s+)?podcast|geef\\s+(?:een\\s+)?(?:abonnement|artikel)\\s+cadeau|tip\\s+(?:de|onze)\\s+redactie',
      scope: 'start',
      weight: 1,
      note: 'Follow, app, podcast and gift promos ("Volg ons op Instagram", "Download de NRC-app").',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'lees-ook',
      category: 'related',
      pattern:
        'lees\\s+ook(?![\\p{L}])|(?:lees\\s+meer|meer\\s+over\\s+\\S+|gerelateerde\\s+artikelen|meest\\s+gelezen|bekijk\\s+ook|zie\\s+ook|ook\\s+interessant)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Lees ook: <kop>", "Meer over dit onderwerp:".',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        'lees\\s+(?:ook|meer|verder)|meer\\s+over\\s+(?:dit\\s+onderwerp|\\S+(?:\\s+\\S+){0,2})|(?:gerelateerde|aanbevolen)\\s+(?:artikelen|berichten|verhalen)|meest\\s+gelezen|(?:bekijk|zie)\\s+ook|dit\\s+vind\\s+je\\s+(?:misschien\\s+)?ook\\s+interessant|ook\\s+interessant|net\\s+binnen|laatste\\s+nieuws',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related lists ("Lees ook", "Meest gelezen", "Meer over dit onderwerp").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'delen',
      category: 'share',
      pattern:
        'delen|deel(?:\\s+dit\\s+artikel)?|deel\\s+(?:via|op)\\s+\\p{L}+|kopieer\\s+(?:de\\s+)?link|link\\s+gekopieerd|afdrukken|bewaren|opslaan|mailen|(?:artikel\\s+)?cadeau\\s+geven|geef\\s+cadeau|voorlezen|luister(?:\\s+naar\\s+dit\\s+artikel)?',
      scope: 'whole',
      weight: 1,
      note: 'Share-bar labels alone on a line ("Delen", "Kopieer link", "Cadeau geven").',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'advertentie',
      category: 'ad',
      pattern:
        'advertentie|advertorial|gesponsord|gesponsorde\\s+(?:inhoud|content)|partnerbijdrage|betaalde\\s+samenwerking|in\\s+samenwerking\\s+met\\s+\\S+(?:\\s+\\S+){0,3}|(?:het\\s+)?(?:artikel|tekst)\\s+gaat\\s+verder\\s+(?:onder|na)\\s+de\\s+advertentie|lees\\s+verder\\s+(?:onder|na)\\s+de\\s+advertentie',
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Advertentie", "Artikel gaat verder onder de advertentie").',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'wij-gebruiken-cookies',
      category: 'cookie',
      pattern:
        '(?:wij|we)\\s+(?:gebruiken|plaatsen|maken\\s+gebruik\\s+van)\\s+(?:\\p{L}+\\s+){0,2}cookies|(?:deze|onze)\\s+(?:website|site)\\s+(?:gebruikt|plaatst)\\s+cookies|cookie-?instellingen|(?:wij|we)\\s+en\\s+onze\\s+(?:\\d+\\s+)?partners',
      scope: 'any',
      weight: 1,
      note: 'Cookie banners ("Wij gebruiken cookies", "Wij en onze partners …").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        '(?:alles\\s+)?accepteren|(?:alles\\s+)?weigeren|akkoord|ik\\s+ga\\s+akkoord|accepteer(?:\\s+alle(?:\\s+cookies)?)?|weiger(?:\\s+alle)?|instellingen(?:\\s+aanpassen|\\s+beheren)?|voorkeuren\\s+(?:beheren|aanpassen)|(?:alleen\\s+)?(?:noodzakelijke|functionele)\\s+cookies(?:\\s+accepteren)?|meer\\s+opties',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Akkoord", "Alles accepteren"); medium: a one-word line.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'reacties',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|geen|één)\\s+reacties?|reacties?\\s*\\(\\s*\\d+\\s*\\)|reacties|(?:bekijk|toon|lees)\\s+(?:alle\\s+)?(?:\\d+\\s+)?reacties|reageer|reageren|(?:plaats|schrijf)\\s+een\\s+reactie',
      scope: 'whole',
      weight: 1,
      note: '"12 reacties", "Reageer", "Plaats een reactie" alone on a line.',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        'privacybeleid|privacyverklaring|cookiebeleid|algemene\\s+voorwaarden|colofon|over\\s+ons|vacatures|adverteren|toegankelijkheid|zoeken|naar\\s+boven|terug\\s+naar\\s+boven|ga\\s+naar\\s+(?:de\\s+)?inhoud|rubrieken|archief|klantenservice|abonnementen|e-?paper|abonnement\\s+opzeggen',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Colofon", "Algemene voorwaarden").',
    },
    {
      name: 'rechten-voorbehouden',
      category: 'navigation',
      pattern: 'alle\\s+rechten\\s+voorbehouden|auteursrecht\\s+voorbehouden',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("© NRC. Alle rechten voorbehouden").',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:(?:gepubliceerd|bijgewerkt|geactualiseerd|laatste\\s+update)(?:\\s*:\\s*|\\s+op\\s+|\\s+))?${DATE}(?:\\s*[-–|·]\\s*(?:leestijd:?\\s*)?\\d+\\s*min(?:uten)?(?:\\s+leestijd)?)?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("Bijgewerkt op 3 november 2025, 09:02"): dates go to metadata.',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        '(?:foto|beeld|illustratie|fotografie|video)\\s*:\\s*[^\\n]{0,80}|(?:foto|beeld)\\s+(?:anp|afp|reuters|ap|getty\\s+images|epa|hollandse\\s+hoogte|belga)(?:[\\s/][^\\n]{0,40})?|(?:foto|beeld)\\s+[\\p{L}.\\x27-]+(?:\\s[\\p{L}.\\x27-]+){0,4}\\s?/\\s?[^\\n]{1,40}|(?:leestijd|leesduur)(?:\\s*:\\s*|\\s+)\\d+\\s*min(?:uten|uut|\\.)?|\\d+\\s*min(?:uten|uut|\\.)?\\s+leestijd',
      scope: 'whole',
      weight: 1,
      note: 'Photo credits ("Foto ANP", "Beeld Robin Utrecht / ANP") and reading-time labels ("Leestijd 4 minuten").',
    },
  ],
};
