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
const DATE = `(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\\.?,?\\s+)?(?:\\d{1,2}\\s+${MONTHS}\\.?\\s+\\d{4}|\\d{1,2}-\\d{1,2}-\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:(?:\\s*,\\s*|\\s+)(?:om\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s+uur)?)?`;

export const nl: Lexicon = {
  lang: 'nl',
  rules: [
    // ── donation ────────────────────────────────────────────────────────────────────────
    {
      name: 'steun-ons',
      category: 'donation',
      pattern:
        '(?:steun|help|ondersteun)\\s+(?:ons|onze\\s+\\p{L}+|(?:onafhankelijke|goede|kritische|onderzoeks)\\s*journalistiek|de\\s+redactie)(?![\\p{L}])|doneer(?![\\p{L}])|word\\s+(?:nu\\s+)?(?:lid|abonnee|donateur|vriend|member)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Imperative openers: "Steun onafhankelijke journalistiek", "Steun de redactie", "Help ons", "Doneer", "Word lid".',
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

    {
      name: 'doneer-button',
      category: 'donation',
      pattern:
        '(?:ik\\s+)?(?:doneer|steun)(?:\\s+(?:nu|direct|hier|vandaag|ook))?|(?:nu\\s+|eenmalig\\s+|maandelijks\\s+)?doneren|(?:ik\\s+)?word\\s+(?:nu\\s+)?(?:lid|donateur|member|vriend|steunlid)|(?:donateur|member|vriend|steunlid)\\s+worden|steun\\s+ons|(?:ik\\s+)?steun\\s+(?:onafhankelijke|goede|kritische)\\s+journalistiek|geef\\s+(?:nu|een\\s+gift)',
      scope: 'whole',
      weight: 1,
      note: 'Appeal buttons alone on a line ("Doneer nu", "Ik steun", "Word donateur", "Eenmalig doneren").',
    },
    {
      name: 'lezers-zoals-jij',
      category: 'donation',
      pattern:
        '(?:lezers|leden|abonnees|donateurs|luisteraars|kijkers)\\s+(?:zoals|als)\\s+(?:jij|jou|u)(?![\\p{L}])|(?:wij|we)\\s+kunnen\\s+(?:dit\\s+|het\\s+)?(?:echt\\s+)?niet\\s+zonder\\s+(?:jou(?![\\p{L}])|(?:jouw|uw|je)\\s+(?:steun|bijdrage|hulp)|onze\\s+(?:lezers|leden|abonnees|donateurs))|(?:wij|we)\\s+hebben\\s+(?:jouw|uw|je)\\s+(?:steun|hulp|bijdrage)\\s+(?:\\p{L}+\\s+)?nodig|(?:dit|deze)\\s+(?:artikel|stuk|verhaal|journalistiek|podcast|productie|onderzoek|serie|aflevering)\\s+(?:is|werd|wordt)\\s+(?:\\p{L}+\\s+)?mogelijk\\s+gemaakt\\s+(?:door|dankzij)\\s+(?:onze\\s+|de\\s+)?(?:lezers|leden|abonnees|donateurs|jou)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: 'Appeal copy about the reader: "leden zoals jij", "We kunnen niet zonder jouw steun", "Dit artikel is mogelijk gemaakt door onze leden" (no bare "u": officials say "we kunnen niet zonder u").',
    },
    {
      name: 'elke-bijdrage',
      category: 'donation',
      pattern:
        '(?:elke|iedere|ieder)\\s+(?:bijdrage|donatie|gift|euro|bedrag)(?:\\s*,\\s*|\\s+)(?:groot\\s+of\\s+klein|klein\\s+of\\s+groot|hoe\\s+klein\\s+ook)|(?:je|jouw|uw)\\s+(?:gift|donatie|bijdrage)\\s+is\\s+(?:\\p{L}+\\s+)?(?:fiscaal\\s+)?aftrekbaar|(?:wij|we)\\s+(?:zijn|hebben)\\s+(?:een\\s+)?(?:erkende\\s+)?anbi(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: 'Appeal small print: "Elke bijdrage, groot of klein, …", "Je gift is fiscaal aftrekbaar", "Wij zijn een ANBI".',
    },
    {
      name: 'sluit-je-aan',
      category: 'donation',
      pattern:
        '(?:sluit\\s+(?:je|u)\\s+(?:nu\\s+|ook\\s+)?aan\\s+bij|doe\\s+(?:nu\\s+|ook\\s+)?mee\\s+met)\\s+(?:ruim\\s+|meer\\s+dan\\s+|al\\s+)?(?:\\d[\\d.]*\\s+)?(?:\\p{L}+\\s+)?(?:leden|lezers|abonnees|donateurs|members|community|gemeenschap)(?![\\p{L}])|word\\s+(?:ook|vandaag|nu\\s+ook)\\s+(?:lid|abonnee|donateur|member|vriend)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Membership drives opening a sentence: "Sluit je aan bij 80.000 leden", "Doe mee met onze community", "Word ook lid".',
    },
    {
      name: 'onze-journalistiek',
      category: 'donation',
      pattern:
        'onze\\s+(?:\\p{L}+\\s+){0,2}(?:journalistiek|redactie|journalisten|verslaggevers|correspondenten)(?![\\p{L}])',
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism; weak alone ("onze correspondent" also reports news).',
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

    {
      name: 'gratis-artikelen',
      category: 'paywall',
      pattern:
        '(?:je|u)\\s+(?:hebt|heeft)\\s+(?:deze\\s+(?:maand|week)\\s+)?(?:nog\\s+)?(?:\\d+|één|een|twee|drie|vier|vijf|geen)\\s+(?:\\p{L}+\\s+)?gratis\\s+(?:artikel|artikelen|verhalen|stukken)|(?:dit|het)\\s+is\\s+(?:je|jouw|uw)\\s+(?:laatste|eerste|\\d+e)\\s+gratis\\s+(?:artikel|verhaal|stuk)|(?:je|u)\\s+(?:hebt|heeft)\\s+(?:het\\s+)?(?:maximum|maximale\\s+aantal|limiet)\\s+(?:aan|van)\\s+(?:\\p{L}+\\s+)?(?:gratis\\s+)?artikelen|(?:dit|dat)\\s+is\\s+een\\s+(?:premium|plus|abonnee)-?(?:artikel|verhaal|stuk)|(?:dit|het)\\s+(?:artikel|stuk|verhaal|interview|dossier)\\s+is\\s+(?:voorbehouden|gereserveerd)\\s+(?:aan|voor)\\s+(?:onze\\s+)?(?:\\p{L}+\\s+)?(?:abonnees|leden|members)|(?:log\\s+in|inloggen)\\s+of\\s+(?:neem|word|maak|registreer|sluit)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: 'Meter and subscriber-only notices: "Je hebt nog 2 gratis artikelen", "Dit is je laatste gratis artikel", "Dit is een premium artikel", "Dit artikel is voorbehouden aan abonnees" (Flemish).',
    },
    {
      name: 'al-abonnee',
      category: 'paywall',
      pattern:
        '(?:al|nog\\s+geen)\\s+(?:een\\s+)?(?:abonnee|abonnement|account|lid|member)\\s*\\?|(?:heb\\s+je|hebt\\s+u|heeft\\s+u)\\s+(?:al|nog\\s+geen)\\s+(?:een\\s+)?(?:abonnement|account)(?![\\p{L}])|(?:ben\\s+je|bent\\s+u)\\s+(?:al|nog\\s+geen)\\s+(?:abonnee(?![\\p{L}])|(?:lid|member)\\s*\\?)',
      scope: 'any',
      weight: 1,
      note: '"Al abonnee? Log in", "Nog geen account?", "Heeft u al een abonnement?" (Flemish "u heeft").',
    },
    {
      name: 'abonnement-aanbod',
      category: 'paywall',
      pattern:
        '(?:nu\\s+|probeer\\s+|lees\\s+)?(?:de\\s+)?(?:eerste\\s+)?(?:\\d+|één|een)\\s+(?:maand|maanden|week|weken|jaar)\\s+(?:gratis|voor\\s+€\\s*\\d+(?:[.,]\\d+)?|voor\\s+\\d+(?:[.,]\\d+)?\\s*(?:€|euro))(?:\\s+(?:lezen|proberen|uitproberen|onbeperkt\\s+lezen|toegang))?|(?:nu\\s+|de\\s+)?eerste\\s+(?:maand|week|weken|maanden)\\s+(?:gratis|voor\\s+€\\s*\\d+(?:[.,]\\d+)?|voor\\s+\\d+(?:[.,]\\d+)?\\s*(?:€|euro))|(?:€\\s*\\d+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?\\s*(?:€|euro))\\s*(?:per|/|p/)\\s*(?:week|maand|mnd|jaar)(?:(?:\\s*[,|·]\\s*|\\s+)(?:(?:maandelijks|jaarlijks|dagelijks)\\s+opzegbaar|(?:de\\s+)?eerste\\s+(?:maand|maanden|weken|jaar)))?|onbeperkt\\s+(?:lezen|toegang)',
      scope: 'whole',
      weight: 1,
      note: 'Trial and price offers alone on a line ("Eerste maand gratis", "3 maanden voor € 1", "€ 4,50 per maand, maandelijks opzegbaar"); a price inside a sentence is news.',
    },
    {
      name: 'account-button',
      category: 'paywall',
      pattern:
        'aanmelden|afmelden|registreer|(?:gratis\\s+)?account\\s+aanmaken|maak\\s+(?:een\\s+)?(?:gratis\\s+)?account(?:\\s+aan)?|mijn\\s+(?:profiel|gegevens|omgeving|nieuwsbrieven)|nu\\s+abonneren|abonnee\\s+worden|word\\s+abonnee|(?:bekijk|kies|ontdek)\\s+(?:onze|de|je|jouw|alle)\\s+(?:abonnementen|aanbiedingen|abonnementsvormen|aanbod)|probeer\\s+(?:nu\\s+)?gratis|(?:alleen\\s+|exclusief\\s+)?voor\\s+abonnees|abonnee|(?:premium|plus)-?artikel|(?:log\\s+in|inloggen)\\s+(?:of|en)\\s+(?:registreer|registreren|abonneer|abonneren)|(?:log\\s+in|inloggen)\\s+(?:met|via)\\s+\\p{L}+|wachtwoord\\s+vergeten\\s*\\??',
      scope: 'whole',
      weight: 1,
      note: 'Account and offer buttons alone on a line ("Aanmelden", "Account aanmaken", "Bekijk onze abonnementen", "Plusartikel").',
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

    {
      name: 'email-veld',
      category: 'newsletter',
      pattern:
        '(?:vul|voer)\\s+(?:hier\\s+)?(?:je|uw|jouw)\\s+e-?mail(?:adres)?\\s+in|e-?mailadres\\s*\\*|(?:afmelden|uitschrijven)\\s+kan\\s+(?:altijd|op\\s+elk\\s+moment|op\\s+ieder\\s+moment|met\\s+één\\s+klik|(?:heel\\s+)?eenvoudig)|door\\s+(?:je|u)\\s+(?:aan\\s+te\\s+melden|in\\s+te\\s+schrijven|te\\s+registreren)(?:\\s*,\\s*|\\s+)(?:ga|gaat)\\s+(?:je|u)\\s+akkoord|(?:je|u)\\s+(?:bent|is)\\s+(?:nu\\s+)?(?:aangemeld|ingeschreven)\\s+(?:voor|op)\\s+(?:de|onze)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: 'Sign-up form labels and fine print ("Vul je e-mailadres in", "Afmelden kan altijd", "Door je aan te melden ga je akkoord met …").',
    },
    {
      name: 'nieuwsbrief-heading',
      category: 'newsletter',
      pattern:
        '(?:(?:onze|de|gratis|dagelijkse|wekelijkse)\\s+)?(?:\\p{L}+-)?nieuwsbrie(?:f|ven)|(?:aanmelden|inschrijven|abonneren)(?:\\s+(?:voor|op)\\s+(?:de|onze))?\\s+(?:\\p{L}+-)?nieuwsbrief|(?:\\p{L}+-)?nieuwsbrief\\s+(?:ontvangen|aanmelden|inschrijven|abonneren)|(?:ontvang|abonneer\\s+je\\s+op|schrijf\\s+je\\s+in\\s+voor)\\s+(?:de|onze)\\s+(?:\\p{L}+\\s+)?(?:\\p{L}+-)?nieuwsbrief|meld\\s+(?:je|u)\\s+(?:nu\\s+)?aan|schrijf\\s+(?:je|u)\\s+(?:nu\\s+)?in|inschrijven',
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings and buttons alone on a line ("Nieuwsbrief", "Onze nieuwsbrieven", "Meld je aan", "Inschrijven").',
    },

    // ── promo ───────────────────────────────────────────────────────────────────────────
    {
      name: 'volg-ons',
      category: 'promo',
      pattern:
        'volg\\s+(?:ons|\\p{L}+)\\s+(?:op|via)\\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|youtube|linkedin|threads|bluesky|mastodon)|volg\\s+ons(?![\\p{L}])|download\\s+(?:de|onze)\\s+(?:\\p{L}+[- ])?app(?![\\p{L}])|luister\\s+(?:naar\\s+)?(?:de|onze|deze)\\s+(?:\\p{L}+\\s+)?podcast|geef\\s+(?:een\\s+)?(?:abonnement|artikel)\\s+cadeau|tip\\s+(?:de|onze)\\s+redactie',
      scope: 'start',
      weight: 1,
      note: 'Follow, app, podcast and gift promos ("Volg ons op Instagram", "Download de NRC-app").',
    },

    {
      name: 'tip-de-redactie',
      category: 'promo',
      pattern:
        '(?:heb\\s+je|hebt\\s+u|heeft\\s+u|weet\\s+(?:je|jij|u))\\s+(?:een\\s+tip(?:\\s+(?:voor|over)\\s+(?:ons|de\\s+redactie|dit\\s+onderwerp))?|meer\\s+over\\s+(?:dit|deze|het)\\s+(?:\\p{L}+\\s+)?(?:onderwerp|zaak|kwestie|nieuws|artikel|verhaal)|(?:aanvullende\\s+)?informatie\\s+voor\\s+(?:ons|de\\s+redactie))\\s*\\?|(?:mail|tip|whatsapp)\\s+(?:ons|de\\s+redactie)(?![\\p{L}])|stuur\\s+(?:ons|de\\s+redactie)\\s+(?:een\\s+)?(?:tip|bericht|mail|e-?mail|appje|foto|video)|laat\\s+het\\s+(?:ons|de\\s+redactie)\\s+weten\\s+(?:via|op|met)(?![\\p{L}])|neem\\s+contact\\s+op\\s+met\\s+(?:de|onze)\\s+redactie',
      scope: 'any',
      weight: 1,
      note: 'Tip-line boxes: "Heb je een tip?", "Weet jij meer over dit onderwerp?", "Mail de redactie", "Stuur ons een tip" (no police appeals: "Heeft u informatie over deze zaak?" stays).',
    },
    {
      name: 'app-podcast',
      category: 'promo',
      pattern:
        '(?:installeer|download)\\s+(?:gratis\\s+|nu\\s+)?(?:de|onze)\\s+(?:\\p{L}+[- ])?app(?![\\p{L}])|(?:lees|bekijk|open|volg)\\s+(?:dit\\s+(?:artikel|verhaal)\\s+|het\\s+(?:laatste\\s+)?nieuws\\s+|alles\\s+)?in\\s+(?:de|onze)\\s+(?:\\p{L}+[- ])?app(?![\\p{L}])|zet\\s+(?:je\\s+)?(?:push)?(?:meldingen|notificaties|pushberichten)\\s+aan|(?:luister|beluister)\\s+(?:ook\\s+|hier\\s+|nu\\s+)?(?:naar\\s+)?(?:de|onze|deze|alle|het)\\s+(?:\\p{L}+\\s+)?(?:podcast|aflevering|afleveringen|podcastaflevering)|abonneer\\s+(?:je|u)\\s+(?:gratis\\s+)?op\\s+(?:de|onze|deze)\\s+(?:\\p{L}+\\s+)?podcast',
      scope: 'start',
      weight: 1,
      note: 'App, push and podcast promos opening a sentence ("Installeer de app", "Lees dit artikel in de app", "Zet meldingen aan", "Beluister de hele aflevering").',
    },
    {
      name: 'podcast-overal',
      category: 'promo',
      pattern:
        'overal\\s+waar\\s+(?:je|u)\\s+(?:je\\s+|jouw\\s+|uw\\s+)?podcasts?\\s+(?:luistert|beluistert|vindt|downloadt)|in\\s+(?:je|jouw|uw)\\s+(?:favoriete\\s+)?podcast-?app',
      scope: 'any',
      weight: 1,
      note: '"… via Spotify of overal waar je podcasts luistert", "in je favoriete podcastapp".',
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

    {
      name: 'meer-nieuws',
      category: 'related',
      pattern:
        'meer\\s+(?:nieuws|artikelen|verhalen|video\\x27?s|podcasts)(?:\\s+(?:over|uit|van)\\s+\\S+(?:\\s+\\S+){0,2})?|aanbevolen(?:\\s+voor\\s+(?:jou|u))?|populair(?:\\s+(?:nu|vandaag))?|meest\\s+(?:bekeken|gedeeld|besproken)|uitgelicht|(?:ook\\s+)?in\\s+het\\s+nieuws|het\\s+laatste\\s+nieuws|ander\\s+nieuws|elders\\s+op\\s+\\S+|lees\\s+meer\\s+over\\s+\\S+(?:\\s+\\S+){0,3}|volg\\s+(?:dit\\s+onderwerp|deze\\s+(?:auteur|rubriek|schrijver|journalist))|(?:dit|deze)\\s+(?:vind\\s+je|vindt\\s+u)\\s+(?:misschien\\s+)?(?:ook\\s+)?(?:leuk|interessant)|(?:ook\\s+)?leuk\\s+om\\s+te\\s+lezen|eerder\\s+verschenen|(?:bekijk|toon|laad)\\s+meer',
      scope: 'whole',
      weight: 1,
      note: 'Recommendation headings and follow buttons alone on a line ("Meer nieuws", "Aanbevolen voor jou", "Meest bekeken", "Volg dit onderwerp").',
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

    {
      name: 'deel-dit-artikel',
      category: 'share',
      pattern:
        'deel\\s+(?:dit|het|deze)\\s+(?:artikel|verhaal|bericht|video|pagina|stuk)|kopieer\\s+(?:de\\s+)?(?:link|url)|link\\s+(?:is\\s+)?gekopieerd|(?:geef|schenk)\\s+(?:dit\\s+)?artikel\\s+cadeau|artikel\\s+cadeau\\s+(?:doen|geven)',
      scope: 'any',
      weight: 1,
      note: 'Share prompts inside a line ("Deel dit artikel", "Kopieer de link", "Geef dit artikel cadeau"); not "delen via WhatsApp", which news says of people.',
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

    {
      name: 'gesponsord-door',
      category: 'ad',
      pattern:
        '(?:gesponsord|aangeboden|gepresenteerd)\\s+door(?![\\p{L}])|(?:advertentie|partnerbijdrage|partnercontent)\\s*[:|]',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines ("Aangeboden door …", "Partnerbijdrage: …"); medium because an article can report sponsorship.',
    },
    {
      name: 'affiliate',
      category: 'ad',
      pattern:
        '(?:wij|we)\\s+(?:\\p{L}+\\s+){0,2}(?:een\\s+)?(?:kleine\\s+)?(?:commissie|affiliatevergoeding|affiliate-?vergoeding|provisie)\\s+(?:als|wanneer|bij|via|op)(?![\\p{L}])|(?:dit\\s+(?:artikel|bericht|stuk)|deze\\s+(?:pagina|website|site|review|gids))\\s+(?:bevat|kan\\s+(?:\\p{L}+\\s+)?bevatten)\\s+(?:\\p{L}+\\s+)?(?:affiliate-?\\s?links|affiliatelinks|partnerlinks)|(?:via|door)\\s+(?:deze|onze)\\s+(?:affiliate-?\\s?)?links\\s+(?:\\p{L}+\\s+){0,4}(?:commissie|vergoeding|provisie)',
      scope: 'any',
      weight: 1,
      note: 'Affiliate disclosures in the outlet\x27s voice ("We ontvangen een kleine commissie als je via onze links iets koopt", "Dit artikel bevat affiliate links").',
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

    {
      name: 'cookie-toestemming',
      category: 'cookie',
      pattern:
        'door\\s+(?:op\\s+)?["\x27“”‘’]?(?:akkoord|accepteren|alles\\s+accepteren|accepteer|ik\\s+ga\\s+akkoord)["\x27“”‘’]?\\s+te\\s+klikken|(?:je|u)\\s+(?:kunt|kan)\\s+(?:je|uw)\\s+(?:toestemming|voorkeuren|keuze|cookie-?instellingen)\\s+(?:\\p{L}+\\s+){0,3}(?:intrekken|wijzigen|aanpassen)|(?:(?:je|u)\\s+(?:moet|dient)|(?:moet|dient)\\s+(?:je|u))\\s+(?:eerst\\s+)?(?:\\p{L}+\\s+){0,3}cookies\\s+(?:te\\s+)?(?:accepteren|toestaan|aanvaarden)|(?:accepteer|aanvaard|sta)\\s+(?:de\\s+)?(?:\\p{L}+\\s+)?cookies\\s+(?:toe\\s+)?om(?![\\p{L}])|cookieverklaring|cookie-?voorkeuren|privacy-?instellingen',
      scope: 'any',
      weight: 1,
      note: 'Consent copy addressing the reader ("Door op Akkoord te klikken …", "Om deze inhoud te zien moet je cookies accepteren", "Accepteer sociale-media-cookies om …").',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'reacties',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|geen|één)\\s+reacties?|reacties?\\s*\\(\\s*\\d+\\s*\\)|reacties|(?:bekijk|toon|lees)\\s+(?:alle\\s+)?(?:\\d+\\s+)?reacties|(?:toon|laad|bekijk|lees)\\s+meer\\s+reacties|(?:verberg|sluit)\\s+(?:de\\s+)?reacties|reageer|reageren|(?:plaats|schrijf)\\s+een\\s+reactie|reactie\\s+plaatsen|beantwoorden|praat\\s+mee|discussieer\\s+mee',
      scope: 'whole',
      weight: 1,
      note: '"12 reacties", "Reageer", "Toon meer reacties", "Praat mee" alone on a line.',
    },

    {
      name: 'reactie-prompt',
      category: 'comments',
      pattern:
        '(?:log\\s+in|meld\\s+je\\s+aan|registreer\\s+je|word\\s+abonnee)\\s+(?:om|en)\\s+(?:te\\s+reageren|reageer|een\\s+reactie|mee\\s+te\\s+(?:praten|discussiëren|doen))|(?:de\\s+)?(?:reactiemogelijkheid|mogelijkheid\\s+om\\s+te\\s+reageren|reactiefunctie)\\s+(?:is|wordt)\\s+(?:\\p{L}+\\s+){0,3}(?:gesloten|uitgeschakeld|afgesloten|uitgezet)|(?:reageren|reacties\\s+plaatsen)\\s+is\\s+(?:niet\\s+(?:meer\\s+)?mogelijk|(?:\\p{L}+\\s+)?gesloten)|wat\\s+vind\\s+(?:jij|je|u)\\s+(?:ervan|hiervan|daarvan)\\s*\\?|(?:wees|ben)\\s+de\\s+eerste\\s+(?:die\\s+reageert|om\\s+te\\s+reageren|met\\s+een\\s+reactie)|(?:schrijf|plaats|laat)\\s+(?:je|jouw|uw|een)\\s+reactie\\s+(?:achter|hieronder)(?![\\p{L}])|laat\\s+het\\s+(?:ons\\s+)?weten\\s+in\\s+de\\s+reacties|(?:lees|bekijk)\\s+(?:onze|de)\\s+(?:spelregels|huisregels|reactieregels|discussieregels)|reacties\\s+(?:worden|zijn)\\s+(?:\\p{L}+\\s+)?(?:gemodereerd|vooraf\\s+beoordeeld)',
      scope: 'any',
      weight: 1,
      note: 'Comment prompts and moderation notices ("Log in om te reageren", "De reactiemogelijkheid is gesloten", "Wat vind jij ervan?", "Lees onze spelregels").',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        'privacybeleid|privacyverklaring|cookiebeleid|algemene\\s+voorwaarden|colofon|over\\s+ons|vacatures|adverteren|toegankelijkheid|zoeken|naar\\s+boven|terug\\s+naar\\s+boven|ga\\s+naar\\s+(?:de\\s+)?inhoud|rubrieken|archief|klantenservice|abonnementen|e-?paper|abonnement\\s+opzeggen|contactgegevens|redactiestatuut|klachten(?:regeling)?|veelgestelde\\s+vragen|voorpagina|startpagina|(?:direct|spring)\\s+naar\\s+(?:de\\s+)?(?:hoofd)?inhoud|werken\\s+bij(?:\\s+\\S+){0,2}|journalistieke\\s+(?:code|principes)|huisregels',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Colofon", "Algemene voorwaarden", "Redactiestatuut", "Direct naar de inhoud").',
    },
    {
      name: 'rechten-voorbehouden',
      category: 'navigation',
      pattern:
        '(?:alle\\s+)?(?:auteurs)?rechten\\s+(?:zijn\\s+)?voorbehouden|niets\\s+uit\\s+deze\\s+(?:uitgave|publicatie|website|site)\\s+mag|overname\\s+(?:van\\s+(?:\\p{L}+\\s+){0,2})?(?:is\\s+)?(?:alleen|uitsluitend)\\s+(?:toegestaan\\s+)?(?:met|na)\\s+(?:voorafgaande\\s+)?(?:schriftelijke\\s+)?toestemming|tekst-\\s*en\\s+datamining\\s+(?:\\p{L}+\\s+){0,4}(?:voorbehouden|niet\\s+toegestaan)',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("© 2025 Uitgeverij. Alle rechten voorbehouden", "Niets uit deze uitgave mag …", the text-and-data-mining reservation).',
    },

    {
      name: 'tags-line',
      category: 'navigation',
      pattern:
        '(?:tags|onderwerpen|trefwoorden|thema\\x27s|gerelateerde\\s+onderwerpen)\\s*:\\s*[^\\n]{1,150}|onderwerpen|trefwoorden',
      scope: 'whole',
      weight: 1,
      note: 'Tag lists under the article ("Onderwerpen: Klimaat, Europa") and their headings.',
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
        '(?:foto|beeld|illustratie|fotografie|video)\\s*:\\s*[^\\n]{0,80}|(?:foto|beeld)\\s+(?:anp|afp|reuters|ap|getty\\s+images|epa|hollandse\\s+hoogte|belga)(?:[\\s/][^\\n]{0,40})?|(?:foto|beeld)\\s+[\\p{L}.\\x27-]+(?:\\s[\\p{L}.\\x27-]+){0,4}\\s?/\\s?[^\\n]{1,40}|\\(?(?:anp|belga|novum|anp\\s+foto)(?:\\s*[/,]\\s*[^\\n]{1,40})?\\)?|tekst(?:\\s+en\\s+(?:beeld|foto\x27?s))?\\s*:\\s*[^\\n]{1,80}|(?:leestijd|leesduur)(?:\\s*:\\s*|\\s+)\\d+\\s*min(?:uten|uut|\\.)?|\\d+\\s*min(?:uten|uut|\\.)?\\s+leestijd',
      scope: 'whole',
      weight: 1,
      note: 'Photo, text and agency credits ("Foto ANP", "Beeld Robin Utrecht / ANP", "(Belga)", "Tekst: …") and reading-time labels ("Leestijd 4 minuten").',
    },
    {
      name: 'relatieve-datum',
      category: 'other',
      pattern:
        '(?:(?:gepubliceerd|bijgewerkt|aangepast|geüpdatet|laatste\\s+update|update)(?:\\s*:\\s*|\\s+))?(?:(?:vandaag|gisteren|eergisteren|zojuist)(?:(?:\\s*,\\s*|\\s+)(?:om\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s+uur)?)?|\\d+\\s+(?:seconden|minuten|minuut|min|uur|uren|dagen|dag|weken|week|maanden|maand)\\s+geleden|(?:om\\s+)?\\d{1,2}[:.]\\d{2}\\s+uur)',
      scope: 'whole',
      weight: 1,
      note: 'Relative time stamps alone on a line ("Vandaag, 09:12", "3 uur geleden", "Bijgewerkt: 14.05 uur"): page chrome.',
    },
  ],
};
