import type { Lexicon } from '../types.js';

/**
 * German phrase rules. Grouped by category; each rule says where such lines are seen
 * (Spiegel, Zeit, SZ, FAZ, taz, Krautreporter, regional papers).
 *
 * Rules look for the reader being addressed (imperatives, "Sie/du", the outlet's
 * "wir/unser"), not for topic words: an article may be ABOUT subscriptions or donations
 * ("Die Zeitung verlor 10.000 Abonnenten", "Sie wird dem Vorstand beitreten"). Matching is
 * case-insensitive, so the polite "Sie" cannot be told from "sie" (she/they): rules that
 * hinge on "Sie" also need an imperative word order or a journalism object.
 */

const MONTHS =
  '(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez)';
const DATE = `(?:\\d{1,2}\\.\\s*${MONTHS}\\.?\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}|\\d{4}-\\d{2}-\\d{2})`;
const TIME = '(?:,?\\s+(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s+uhr)?)';
/** Words that start a headline, never a name, after "Von …". */
const NOT_NAME =
  '(?!(?:nach|bis|zu|zum|zur|der|die|das|den|dem|des|ein|eine|einem|einer|im|in|am|an|auf|für|mit|ist|sind|war|hat|über|gegen|heute|morgen|hier|dort|wegen|vor|bei)(?![\\p{L}]))';

export const de: Lexicon = {
  lang: 'de',
  rules: [
    // ── donation: appeals to give, join, support the outlet ──────────────────────────
    {
      name: 'unterstuetzen-sie-journalismus',
      category: 'donation',
      pattern:
        '(?:unterstützen|fördern|stärken|ermöglichen|sichern|finanzieren)\\s+(?:sie|du)\\s+(?:jetzt\\s+|bitte\\s+|auch\\s+|mit\\s+\\p{L}+\\s+\\p{L}+\\s+)?(?:uns(?![\\p{L}])|unsere\\s+(?:arbeit|redaktion|recherchen)|unseren\\s+journalismus|(?:unabhängigen|freien|kritischen|guten|lokalen|konstruktiven|werbefreien)\\s+(?:\\p{L}+\\s+)?journalismus|die\\s+taz|krautreporter)|taz\\s+zahl\\s+ich',
      scope: 'any',
      weight: 1,
      note: '"Unterstützen Sie unabhängigen Journalismus", "Unterstützen Sie uns", "taz zahl ich": appeal boxes (taz, Krautreporter).',
    },
    {
      name: 'unterstuetze-uns',
      category: 'donation',
      pattern:
        '(?:unterstütze|unterstützt|fördere|hilf|helft|helfen\\s+sie)\\s+(?:uns|unsere\\s+arbeit|unabhängigen\\s+journalismus|die\\s+taz)(?![\\p{L}])|(?:jetzt|bitte|einfach)\\s+(?:spenden|unterstützen|freiwillig\\s+zahlen)(?![\\p{L}])|spenden\\s+(?:sie|du)\\s+(?:jetzt|bitte|uns|einmalig|monatlich|für\\s+(?:uns|unsere|unabhängigen|guten))',
      scope: 'start',
      weight: 1,
      note: 'Imperatives opening a sentence: "Unterstütze uns", "Hilf uns, …", "Jetzt spenden", "Spenden Sie jetzt".',
    },
    {
      name: 'journalismus-unterstuetzen-button',
      category: 'donation',
      pattern:
        '(?:jetzt\\s+)?(?:spenden|unterstützen|unterstütze\\s+uns|unterstützen\\s+sie\\s+uns|freiwillig\\s+(?:zahlen|unterstützen|bezahlen)|mitglied\\s+werden|förder(?:mitglied|er|in)\\s+werden|(?:taz\\s+)?zahl\\s+ich|(?:unabhängigen|guten|freien)\\s+journalismus\\s+unterstützen)(?:\\s+jetzt)?',
      scope: 'whole',
      weight: 1,
      note: 'Appeal button labels alone on a line ("Jetzt unterstützen", "Mitglied werden", "taz zahl ich").',
    },
    {
      name: 'werden-sie-jetzt-mitglied',
      category: 'donation',
      pattern:
        '(?:werden\\s+sie|werde)\\s+(?:jetzt|heute|auch\\s+du|auch)\\s+(?:\\p{L}+-)?(?:mitglied|fördermitglied|förderer|förderin|unterstützer(?:in)?|abonnent(?:in)?|genoss(?:e|in)|teil\\s+(?:von|unserer|der))',
      scope: 'start',
      weight: 1,
      note: '"Werden Sie jetzt Mitglied", "Werde jetzt Krautreporter-Mitglied": membership drives.',
    },
    {
      name: 'werden-sie-mitglied',
      category: 'donation',
      pattern:
        '(?:werden\\s+sie|werde)\\s+(?:\\p{L}+-)?(?:mitglied|fördermitglied|förderer|förderin|unterstützer(?:in)?|genoss(?:e|in))(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: '"Werden Sie Mitglied"; medium because an interview can ask "Werden Sie Mitglied der Partei?".',
    },
    {
      name: 'ihr-beitrag-journalismus',
      category: 'donation',
      pattern:
        '(?:ihre|deine|jede|ihr|dein|mit\\s+ihrer|mit\\s+deiner|dank\\s+ihrer|dank\\s+deiner)\\s+(?:\\p{L}+\\s+)?(?:unterstützung|spende|hilfe|mitgliedschaft|beitrag|abo)\\s+(?:hilft|ermöglicht|sichert|macht|stärkt|trägt|finanziert|können\\s+wir)\\s+(?:\\p{L}+\\s+){0,3}(?:journalismus|recherchen?|redaktion|berichterstattung|unabhängig\\p{L}*)',
      scope: 'any',
      weight: 1,
      note: '"Ihre Unterstützung ermöglicht unabhängigen Journalismus": needs the journalism object (Ihre = her/their too).',
    },
    {
      name: 'deine-unterstuetzung',
      category: 'donation',
      pattern:
        '(?:mit|dank|ohne)\\s+(?:deine|deiner|eure|eurer)\\s+(?:\\p{L}+\\s+)?(?:unterstützung|spende|hilfe|mitgliedschaft|beitrag)|wir\\s+brauchen\\s+(?:dich|euch|deine\\s+(?:unterstützung|hilfe)|eure\\s+(?:unterstützung|hilfe))',
      scope: 'any',
      weight: 1,
      note: 'Du/ihr forms addressing the reader about their support ("dank deiner Unterstützung", "wir brauchen dich").',
    },
    {
      name: 'von-lesern-finanziert',
      category: 'donation',
      pattern:
        '(?:wir\\s+(?:sind|werden)|unser\\s+journalismus\\s+(?:ist|wird))\\s+(?:\\p{L}+\\s+){0,2}(?:von|durch)\\s+(?:unseren\\s+)?(?:lesern|leserinnen(?:\\s+und\\s+lesern)?|mitgliedern|abonnent\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}finanziert',
      scope: 'any',
      weight: 0.6,
      note: '"Wir werden ausschließlich von unseren Lesern finanziert": outlet voice, not "Die Zeitung wird …".',
    },
    {
      name: 'jeder-betrag',
      category: 'donation',
      pattern:
        '(?:jeder|jede)\\s+(?:betrag|euro|spende|beitrag)(?:\\s*,\\s*|\\s+)(?:ob\\s+groß\\s+oder\\s+klein|egal\\s+wie\\s+(?:groß|klein|hoch)|auch\\s+ein\\s+kleiner)',
      scope: 'any',
      weight: 1,
      note: '"Jeder Betrag, ob groß oder klein, …" in appeal copy.',
    },
    {
      name: 'unser-journalismus',
      category: 'donation',
      pattern:
        '(?:unser|unseren|unsere|unserem)\\s+(?:\\p{L}+\\s+){0,2}(?:journalismus|redaktion|recherchen|berichterstattung)(?![\\p{L}])',
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism; weak alone.',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'weiterlesen-mit-plus',
      category: 'paywall',
      pattern:
        '(?:weiter\\s?lesen|jetzt\\s+lesen|ganzen\\s+artikel\\s+lesen)\\s+mit\\s+(?:ihrem\\s+|einem\\s+|dem\\s+)?[\\p{L}.]{1,20}(?:\\s*\\+|\\s+plus|-plus|\\s+pur|-abo|\\s+abo|\\s+digital)|mit\\s+[\\p{L}.]{1,20}(?:\\s*\\+|\\s+plus|-plus|\\s+pur)\\s+(?:weiter\\s?lesen|alle\\s+artikel\\s+lesen)',
      scope: 'any',
      weight: 1,
      note: '"Weiterlesen mit SZ Plus", "Mit SPIEGEL+ weiterlesen", "Jetzt lesen mit Z+".',
    },
    {
      name: 'jetzt-abo-abschliessen',
      category: 'paywall',
      pattern:
        '(?:jetzt|hier|gleich)\\s+(?:\\p{L}+[- ])?\\p{L}*(?:abo|abonnement|zugang|probemonat)\\s+(?:abschlie(?:ß|ss)en|sichern|wählen|testen|bestellen|holen|starten|lesen)|(?:abo|abonnement)\\s+(?:jetzt\\s+)?abschlie(?:ß|ss)en|(?:jetzt|hier)\\s+(?:kostenlos\\s+|gratis\\s+|gleich\\s+)?(?:abonnieren|freischalten|weiterlesen|registrieren|anmelden|einloggen|testen)\\s*(?:[!.:»›>]|$)|(?:jetzt|hier)\\s+(?:\\d+\\s+(?:wochen|monate?|tage)\\s+)?(?:kostenlos|gratis|für\\s+\\d+\\s*(?:€|euro))\\s+(?:testen|lesen)',
      scope: 'start',
      weight: 1,
      note: 'Paywall calls at a sentence start: "Jetzt Abo abschließen", "Jetzt freischalten!", "Jetzt 4 Wochen kostenlos testen".',
    },
    {
      name: 'kostenlose-artikel-gelesen',
      category: 'paywall',
      pattern:
        '(?:sie\\s+haben|du\\s+hast)\\s+(?:bereits\\s+|schon\\s+|diesen\\s+monat\\s+)?(?:\\d+|ein|einen|zwei|drei|vier|fünf|alle|ihre|deine)\\s+(?:von\\s+(?:\\d+|\\p{L}+)\\s+)?(?:ihrer\\s+|deiner\\s+)?(?:kostenlose|freie|gratis)\\p{L}*\\s+(?:artikel|texte|beiträge)|(?:ihr|dein)\\s+(?:letzter|erster|\\d+\\.)\\s+(?:kostenlos|frei|gratis)\\p{L}*\\s+(?:artikel|text|beitrag)|kontingent\\s+(?:an|kostenloser)\\s+(?:kostenlosen\\s+|freien\\s+)?(?:artikeln|texten|beiträgen)|(?:dieser|diesen)\\s+(?:artikel|beitrag|inhalt|text)\\s+(?:ist\\s+|können\\s+sie\\s+)?(?:nur|exklusiv|ausschließlich)\\s+(?:für|mit)\\s+(?:\\p{L}+[- ])?(?:abonnent\\p{L}*|plus|zahlende\\p{L}*|mitglieder\\p{L}*|\\p{L}+\\s*\\+|\\p{L}+[- ]?abo)',
      scope: 'any',
      weight: 1,
      note: 'Meter and subscriber-only notices: "Sie haben 3 von 5 kostenlosen Artikeln gelesen", "Dieser Artikel ist nur für Abonnenten".',
    },
    {
      name: 'bereits-abonnent',
      category: 'paywall',
      pattern:
        '(?:sie\\s+sind|du\\s+bist|schon|bereits)\\s+(?:bereits\\s+|schon\\s+)?(?:ein\\s+)?(?:\\p{L}+-)?(?:abonnent(?:in)?|abonniert|registriert|digital-?abonnent(?:in)?|kunde|kundin|abo)\\s*\\?|(?:hier|bitte|jetzt)\\s+(?:anmelden|einloggen)(?:\\s+und\\s+weiterlesen)?',
      scope: 'any',
      weight: 1,
      note: '"Sie sind bereits Abonnent? Hier anmelden".',
    },
    {
      name: 'abo-angebot',
      category: 'paywall',
      pattern:
        '\\d+\\s+(?:wochen|monate?)\\s+(?:lang\\s+)?(?:für\\s+)?(?:nur\\s+)?\\d+(?:[.,]\\d+)?\\s*(?:€|euro)|(?:die\\s+)?ersten\\s+\\d+\\s+(?:wochen|monate)\\s+(?:kostenlos|gratis|für\\s+\\d)',
      scope: 'any',
      weight: 1,
      note: 'Trial offers: "4 Wochen für 1 €", "Die ersten 4 Wochen kostenlos".',
    },
    {
      name: 'konto-button',
      category: 'paywall',
      pattern:
        '(?:jetzt\\s+)?(?:weiterlesen|weiter\\s+lesen|artikel\\s+freischalten|freischalten|anmelden|einloggen|registrieren|abmelden|ausloggen|mein\\s+konto|mein\\s+abo|zum\\s+login|abo\\s+abschlie(?:ß|ss)en|abonnieren|testen|kostenlos\\s+testen|abo\\s+wählen|angebote\\s+ansehen|zu\\s+den\\s+angeboten|nur\\s+für\\s+abonnenten|exklusiv\\s+für\\s+abonnenten|(?:sz|faz|nzz|spiegel|zeit|welt)\\s*(?:plus|\\+)|[fz]\\s*\\+)',
      scope: 'whole',
      weight: 1,
      note: 'Account and paywall buttons or badges alone on a line ("Anmelden", "SZ Plus", "F+").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'newsletter-abonnieren-sie',
      category: 'newsletter',
      pattern:
        '(?:abonnieren|bestellen)\\s+(?:sie|du|hier)\\s+(?:jetzt\\s+|hier\\s+)?(?:kostenlos\\s+|gratis\\s+)?(?:unseren|den|unsere|die|das)\\s+(?:\\p{L}+[- ]){0,3}\\p{L}*(?:newsletter|briefing|update)|(?:melden\\s+sie\\s+sich|melde\\s+dich|registrieren\\s+sie\\s+sich|tragen\\s+sie\\s+sich|trag\\s+dich)\\s+(?:jetzt\\s+|hier\\s+|kostenlos\\s+){0,2}(?:für|zu|zum|in)\\s+(?:unseren|den|unsere|die)\\s+(?:\\p{L}+[- ]){0,3}\\p{L}*(?:newsletter|briefing|verteiler)|(?:hier|jetzt)\\s+(?:kostenlos\\s+)?(?:für\\s+den|zum)\\s+(?:\\p{L}+[- ])?newsletter\\s+anmelden',
      scope: 'any',
      weight: 1,
      note: '"Abonnieren Sie unseren kostenlosen Newsletter", "Melden Sie sich für unseren Newsletter an".',
    },
    {
      name: 'ins-postfach',
      category: 'newsletter',
      pattern:
        '(?:direkt|bequem|kostenlos|gratis|täglich|wöchentlich|morgens|abends|jeden\\s+(?:morgen|abend|tag|werktag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|jede\\s+woche)\\s+(?:(?:per\\s+)?e-?mail\\s+)?(?:in\\s+(?:ihr|dein|ihrem|deinem|ihren|deinen)|ins)\\s+(?:e-?mail-?)?(?:postfach|posteingang|mailbox)',
      scope: 'any',
      weight: 1,
      note: '"Jeden Morgen direkt in Ihr Postfach": newsletter boxes.',
    },
    {
      name: 'email-feld',
      category: 'newsletter',
      pattern:
        '(?:ihre|deine)\\s+e-?mail(?:-adresse)?\\s*(?:eingeben|\\*|:)|e-?mail-?adresse\\s+(?:eingeben|\\*)|(?:sie\\s+können|du\\s+kannst)\\s+(?:sich\\s+|dich\\s+)?(?:den\\s+newsletter\\s+|ihn\\s+)?jederzeit\\s+(?:wieder\\s+)?(?:abbestellen|abmelden)|abmeldung\\s+(?:ist\\s+)?jederzeit\\s+möglich',
      scope: 'any',
      weight: 1,
      note: 'Sign-up form labels and fine print ("E-Mail-Adresse eingeben", "jederzeit abbestellen").',
    },
    {
      name: 'newsletter-heading',
      category: 'newsletter',
      pattern:
        '(?:(?:jetzt|kostenlos)\\s+)?(?:\\p{L}+[- ])?(?:newsletter|briefing)\\s+(?:abonnieren|bestellen|anmeldung|anmelden)|newsletter-?anmeldung|zum\\s+newsletter|(?:unser|der|ihr|kostenloser|täglicher)\\s+newsletter',
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings ("Newsletter abonnieren", "Newsletter-Anmeldung").',
    },

    // ── promo: the outlet's own products ────────────────────────────────────────────────
    {
      name: 'app-laden',
      category: 'promo',
      pattern:
        '(?:laden\\s+sie\\s+sich|lade\\s+dir|holen\\s+sie\\s+sich|hol\\s+dir|installieren\\s+sie)\\s+(?:jetzt\\s+)?(?:die|unsere)\\s+(?:\\p{L}+[- ])?(?:app|\\p{L}+-app)|(?:jetzt|hier)\\s+(?:die\\s+)?(?:\\p{L}+-)?app\\s+(?:herunterladen|laden|installieren|downloaden)|(?:jetzt\\s+)?(?:\\p{L}+[- ])?(?:abo|abonnement|artikel)\\s+verschenken|(?:verschenken|schenken)\\s+(?:sie|du)\\s+(?:ein(?:en)?|diesen)\\s+(?:\\p{L}+[- ])?(?:abo|artikel|abonnement)',
      scope: 'start',
      weight: 1,
      note: 'App and gift promos: "Laden Sie sich jetzt die SZ-App", "Artikel verschenken", "Verschenken Sie ein Abo".',
    },
    {
      name: 'folgen-sie-uns',
      category: 'promo',
      pattern:
        '(?:folgen\\s+sie\\s+uns|folge\\s+uns|folgt\\s+uns|besuchen\\s+sie\\s+uns\\s+auf|(?:sie\\s+finden|du\\s+findest)\\s+uns\\s+(?:auch\\s+)?(?:auf|bei))(?![\\p{L}])|(?:folgen\\s+sie|folge|abonnieren\\s+sie)\\s+(?:\\p{L}+\\s+){1,3}(?:auf|bei)\\s+(?:facebook|instagram|x|twitter|whatsapp|telegram|tiktok|youtube|threads|bluesky|linkedin|mastodon)(?![\\p{L}])|überall,?\\s+wo\\s+es\\s+podcasts\\s+gibt|(?:hören|abonnieren)\\s+(?:sie|du)\\s+(?:den|unseren|diesen|die)\\s+(?:\\p{L}+[- ])?(?:podcast|folge|episode)\\p{L}*\\s+(?:auf|bei|in|überall|kostenlos)',
      scope: 'any',
      weight: 1,
      note: '"Folgen Sie uns auf Instagram", "Folgen Sie dem SPIEGEL auf WhatsApp", "… überall, wo es Podcasts gibt".',
    },
    {
      name: 'hinweis-an-redaktion',
      category: 'promo',
      pattern:
        '(?:haben\\s+sie|hast\\s+du)\\s+(?:einen\\s+)?(?:hinweis|tipp|informationen)\\s+(?:für\\s+uns|zu\\s+diesem\\s+thema)|(?:schreiben|kontaktieren)\\s+sie\\s+(?:uns|der\\s+redaktion|die\\s+redaktion)(?![\\p{L}])|schreib\\s+uns(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: '"Haben Sie einen Hinweis für uns?", "Schreiben Sie uns".',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'lesen-sie-auch',
      category: 'related',
      pattern:
        '(?:mehr\\s+zum\\s+thema|lesen\\s+sie\\s+(?:auch|mehr|dazu)|lies\\s+auch|auch\\s+interessant|das\\s+könnte\\s+(?:sie|dich)\\s+(?:auch\\s+)?interessieren|weitere\\s+artikel|meistgelesen|am\\s+meisten\\s+gelesen|empfehlungen|zum\\s+thema|passend\\s+dazu|mehr\\s+aus\\s+\\S+|top-?themen)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Lesen Sie auch: <headline>", "Mehr zum Thema | …".',
    },
    {
      name: 'lesen-sie-auch-plain',
      category: 'related',
      pattern: '(?:lesen\\s+sie\\s+auch|lies\\s+auch|mehr\\s+zum\\s+thema)(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: '"Lesen Sie auch <headline>" without punctuation; medium (could open a sentence).',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        'mehr\\s+zum\\s+thema|lesen\\s+sie\\s+(?:auch|mehr|dazu)|lies\\s+auch|mehr\\s+dazu|auch\\s+interessant|das\\s+könnte\\s+(?:sie|dich)\\s+(?:auch\\s+)?interessieren|(?:weitere|ähnliche|verwandte)\\s+(?:artikel|themen|beiträge|nachrichten)|meistgelesen(?:e\\s+artikel)?|am\\s+meisten\\s+gelesen|meistkommentiert|(?:unsere\\s+)?empfehlungen(?:\\s+der\\s+redaktion|\\s+für\\s+sie)?|empfohlene\\s+artikel|passend\\s+zum\\s+thema|passend\\s+dazu|mehr\\s+aus\\s+\\S+(?:\\s+\\S+){0,2}|mehr\\s+(?:nachrichten|artikel|videos?)|top-?themen|neueste\\s+artikel|auch\\s+lesenswert|zum\\s+thema',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related/recommended lists ("Mehr zum Thema", "Meistgelesen").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'teilen-sie',
      category: 'share',
      pattern:
        'teilen\\s+sie\\s+(?:diesen|den)\\s+(?:artikel|beitrag)|(?:diesen|den)\\s+(?:artikel|beitrag)\\s+(?:teilen|verschicken|per\\s+e-?mail\\s+versenden)\\s*(?:[:!]|$)|(?:auf|per|via|bei)\\s+(?:facebook|x|twitter|whatsapp|linkedin|xing|telegram|threads|bluesky|e-?mail|messenger|pinterest|reddit|flipboard)\\s+teilen(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: '"Teilen Sie diesen Artikel", "Auf WhatsApp teilen".',
    },
    {
      name: 'share-button',
      category: 'share',
      pattern:
        '(?:jetzt\\s+)?teilen|(?:artikel|beitrag|seite)\\s+(?:teilen|drucken|merken|speichern|anhören|vorlesen|versenden)|link\\s+kopieren|link\\s+kopiert|drucken|merken|speichern|zur\\s+merkliste|per\\s+e-?mail(?:\\s+(?:teilen|versenden))?|versenden|teilen\\s+(?:auf|via|per)\\s+\\p{L}+|(?:auf|bei|via|per)\\s+(?:facebook|x|twitter|whatsapp|linkedin|xing|telegram|threads|bluesky|messenger|pinterest|flipboard|reddit)\\s+teilen|vorlesen|anhören|artikel\\s+verschenken|schriftgröße',
      scope: 'whole',
      weight: 1,
      note: 'Share-bar and reading-tool labels alone on a line ("Teilen", "Link kopieren", "Artikel anhören").',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'anzeige',
      category: 'ad',
      pattern:
        'anzeige|werbung|advertorial|gesponsert(?:er\\s+inhalt|er\\s+beitrag)?|bezahlte\\s+partnerschaft|in\\s+kooperation\\s+mit\\s+\\S+(?:\\s+\\S+){0,3}|(?:der\\s+)?(?:artikel|text|beitrag)\\s+(?:wird|geht)\\s+(?:nach|unter)\\s+der\\s+(?:anzeige|werbung)\\s+(?:fortgesetzt|weiter)|weiter\\s+nach\\s+der\\s+(?:anzeige|werbung)|(?:anzeige|werbung)\\s*[-–]\\s*(?:scrollen\\s+sie\\s+weiter|zum\\s+weiterlesen\\s+scrollen)(?:\\s+zum\\s+weiterlesen)?|zum\\s+weiterlesen\\s+(?:bitte\\s+)?scrollen',
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Anzeige", "Artikel wird nach der Anzeige fortgesetzt").',
    },
    {
      name: 'praesentiert-von',
      category: 'ad',
      pattern: '(?:präsentiert|gesponsert|bezahlt)\\s+von(?![\\p{L}])|anzeige\\s*[:|]',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines ("Präsentiert von …", "Anzeige: …"); medium because an article can report sponsorship.',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'wir-verwenden-cookies',
      category: 'cookie',
      pattern:
        'wir\\s+(?:verwenden|nutzen|setzen)\\s+(?:\\p{L}+\\s+){0,2}cookies|(?:diese|unsere)\\s+(?:website|webseite|seite)\\s+(?:verwendet|nutzt|setzt)\\s+cookies|cookie-?einstellungen|datenschutz-?einstellungen|(?:mit|durch)\\s+(?:der\\s+)?(?:weiteren\\s+)?nutzung\\s+(?:dieser|unserer)\\s+(?:website|webseite|seite)|(?:zustimmen|akzeptieren)\\s+und\\s+weiter|(?:wir\\s+und\\s+)?unsere\\s+(?:\\d+\\s+)?partner\\s+(?:verarbeiten|speichern|nutzen)',
      scope: 'any',
      weight: 1,
      note: 'Cookie and consent banners ("Wir verwenden Cookies", "Wir und unsere Partner verarbeiten …").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        '(?:alle\\s+)?(?:akzeptieren|ablehnen|zustimmen)|alle\\s+(?:cookies\\s+)?(?:akzeptieren|ablehnen|zulassen)|ich\\s+stimme\\s+zu|einverstanden|(?:einstellungen|optionen|präferenzen)\\s+(?:verwalten|anpassen)|einstellungen|nur\\s+(?:notwendige|essenzielle|erforderliche)\\s+cookies(?:\\s+(?:akzeptieren|zulassen))?|auswahl\\s+(?:speichern|bestätigen)|mit\\s+werbung\\s+(?:weiter)?lesen|werbefrei\\s+lesen|akzeptieren\\s+und\\s+(?:weiter|schließen)',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons and the pay-or-consent choice ("Mit Werbung lesen"); medium: a one-word line.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'kommentare-count',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|keine|ein|einen)\\s+kommentare?|kommentare?\\s*\\(\\s*\\d+\\s*\\)|kommentare|alle\\s+kommentare(?:\\s+anzeigen)?|kommentare\\s+(?:anzeigen|lesen|laden|öffnen|ausblenden)|(?:mehr|weitere)\\s+kommentare(?:\\s+laden)?|zu\\s+den\\s+kommentaren|kommentieren|(?:einen\\s+)?kommentar\\s+schreiben|leserkommentare|zum\\s+forum|\\d+\\s+beiträge\\s+im\\s+forum|was\\s+(?:denken|meinen)\\s+sie\\s*\\??',
      scope: 'whole',
      weight: 1,
      note: '"23 Kommentare", "Kommentare anzeigen", "Was meinen Sie?" alone on a line.',
    },
    {
      name: 'kommentar-prompt',
      category: 'comments',
      pattern:
        '(?:schreiben|verfassen|hinterlassen)\\s+sie\\s+(?:einen|den\\s+ersten|ihren)\\s+kommentar|(?:schreib|hinterlass)\\s+(?:einen|den\\s+ersten|deinen)\\s+kommentar|(?:melden|loggen)\\s+sie\\s+sich\\s+an,?\\s+um\\s+(?:zu\\s+kommentieren|einen\\s+kommentar|mitzudiskutieren)|(?:die\\s+)?kommentarfunktion\\s+(?:ist|wurde)\\s+(?:\\p{L}+\\s+){0,3}(?:geschlossen|deaktiviert|abgeschaltet)|diskutieren\\s+sie\\s+mit\\s*(?:[!.:]|$)',
      scope: 'any',
      weight: 1,
      note: 'Comment prompts ("Schreiben Sie den ersten Kommentar", "Die Kommentarfunktion ist geschlossen").',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'impressum',
      category: 'navigation',
      pattern:
        'impressum|datenschutz(?:erklärung|hinweise)?|agb|nutzungsbedingungen|kontakt|über\\s+uns|mediadaten|barrierefreiheit|karriere|leserservice|abo-?service|verträge\\s+hier\\s+kündigen|startseite|zur\\s+startseite|menü|nach\\s+oben|zurück\\s+nach\\s+oben|zum\\s+inhalt\\s+springen|zum\\s+hauptinhalt|alle\\s+ressorts|ressorts|e-?paper|cookie-?einstellungen|privatsphäre(?:-einstellungen)?|suche',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Impressum", "Zur Startseite").',
    },
    {
      name: 'rechte-vorbehalten',
      category: 'navigation',
      pattern:
        'alle\\s+rechte\\s+vorbehalten|vervielfältigung\\s+nur\\s+mit\\s+(?:vorheriger\\s+)?(?:schriftlicher\\s+)?genehmigung|nutzungsrechte\\s+erwerben',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("Alle Rechte vorbehalten").',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:(?:aktualisiert|veröffentlicht|erschienen|zuletzt\\s+aktualisiert|stand|erstellt)(?:\\s*:\\s*|\\s+am\\s+|\\s+))?(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\\.?,?\\s+)?${DATE}${TIME}?(?:\\s*\\|\\s*lesezeit:?\\s*\\d+\\s*min\\.?)?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date/time ("Aktualisiert am 3. November 2025, 9:02 Uhr"): dates go to metadata.',
    },
    {
      name: 'lesezeit',
      category: 'other',
      pattern:
        '(?:lesezeit|lesedauer)(?:\\s*:\\s*|\\s+)(?:ca\\.\\s*)?\\d+\\s*min(?:uten|\\.)?|\\d+\\s*min(?:uten|\\.)?\\s+(?:lesezeit|lesedauer)',
      scope: 'whole',
      weight: 1,
      note: '"Lesezeit: 4 Min." labels.',
    },
    {
      name: 'byline-von',
      category: 'other',
      pattern: `von\\s+${NOT_NAME}[\\p{L}.'-]+(?:\\s+(?:und\\s+)?${NOT_NAME}[\\p{L}.'-]+){1,5}(?:\\s*,\\s*[\\p{L}]+(?:\\s+[\\p{L}]+){0,2})?`,
      scope: 'whole',
      weight: 1,
      note: 'A byline alone on a line ("Von Max Mustermann und Erika Musterfrau, Berlin"); headline words excluded.',
    },
    {
      name: 'foto-credit',
      category: 'other',
      pattern:
        '(?:foto|fotos|bild|bilder|grafik|illustration|video|quelle|bildquelle)\\s*:\\s*[^\\n]{0,80}|(?:©\\s*)?(?:picture\\s+alliance|imago(?:\\s+images)?|dpa|ddp|epd|kna)(?:\\s*/\\s*[^\\n]{0,60})?|mit\\s+material\\s+(?:von|der|aus)\\s+(?:dpa|afp|reuters|ap|kna|epd|sid)(?:\\s*(?:,|und)\\s*(?:dpa|afp|reuters|ap|kna|epd|sid)){0,4}',
      scope: 'whole',
      weight: 1,
      note: 'Photo and agency credit lines ("Foto: Michael Kappeler/dpa", "Mit Material von dpa und AFP").',
    },
  ],
};
