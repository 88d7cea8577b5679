import type { Lexicon } from '../types.js';

/**
 * Polish phrase rules. Grouped by category; each rule says where such lines are seen
 * (Gazeta Wyborcza, Rzeczpospolita, Onet, WP, Interia, OKO.press, regional papers).
 *
 * Rules look for the reader being addressed (imperatives, "Ty/Twój", "Państwo", the
 * outlet's "my/nasz"), not for topic words: an article may be ABOUT subscriptions or
 * donations ("Fundacja zebrała 2 mln zł darowizn", "Gazeta straciła 10 tys. prenumeratorów").
 * Polish inflects nouns and possessives by case, so stems end in `\p{L}*`
 * ("wsparci\p{L}*" for wsparcie/wsparciu/wsparcia) instead of listing forms.
 */

const MONTHS =
  '(?:stycz\\p{L}*|lut\\p{L}*|mar(?:ca|zec)|kwie\\p{L}*|maja|maj|czerw\\p{L}*|lip\\p{L}*|sierp\\p{L}*|wrze\\p{L}*|październik\\p{L}*|listopad\\p{L}*|grud\\p{L}*|sty|lut|kwi|cze|sie|wrz|paź|lis|gru)';
const DATE = `(?:\\d{1,2}\\s+${MONTHS}\\.?\\s+\\d{4}(?:\\s*r\\.)?|\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s*r\\.)?|\\d{4}-\\d{2}-\\d{2})`;
const TIME = '(?:(?:\\s*,\\s*|\\s+)(?:godz\\.\\s*|o\\s+)?\\d{1,2}[:.]\\d{2})';
/** Possessive "your" in every case and number, formal "Państwa" included. */
const YOUR =
  '(?:twój|twoj(?:a|e|ej|ego|emu|ą|ym|ich|imi)|wasz(?:a|e|ej|ego|emu|ą|ym|ych|ymi)?|państwa)(?![\\p{L}])';

export const pl: Lexicon = {
  lang: 'pl',
  rules: [
    // ── donation: appeals to give, join, support the outlet ──────────────────────────
    {
      name: 'wesprzyj-nas',
      category: 'donation',
      pattern:
        '(?:wesprzyj|wesprzyjcie|wspieraj|wspierajcie)\\s+(?:nas|naszą\\s+\\p{L}+|(?:niezależne|wolne|rzetelne|lokalne|dobre|śledcze)\\s+(?:\\p{L}+\\s+)?(?:dziennikarstw\\p{L}*|media)|redakcj\\p{L}*|(?:nasze\\s+)?dziennikarstw\\p{L}*)(?![\\p{L}])|(?:przekaż|przekażcie|wpłać|wpłaćcie)\\s+(?:\\p{L}+\\s+)?(?:darowizn\\p{L}*|wpłat\\p{L}*|kwot\\p{L}*|\\d[\\d,]*\\s*(?:%|proc\\.?|zł))',
      scope: 'start',
      weight: 1,
      note: 'Imperative openers: "Wesprzyj nas", "Wspieraj niezależne dziennikarstwo", "Przekaż darowiznę", "Wpłać dowolną kwotę" (OKO.press, Wyborcza, Notes from Poland).',
    },
    {
      name: 'zostan-patronem',
      category: 'donation',
      pattern:
        '(?:zostań|zostańcie|dołącz\\s+do\\s+grona)\\s+(?:już\\s+dziś\\s+|teraz\\s+)?(?:nasz\\p{L}*\\s+)?(?:patron\\p{L}*|darczyń\\p{L}*|mecena\\p{L}*|członk\\p{L}*|członki\\p{L}*|subskrybent\\p{L}*|prenumerator\\p{L}*|przyjaci\\p{L}*|wspierając\\p{L}*|abonent\\p{L}*)',
      scope: 'start',
      weight: 1,
      note: '"Zostań patronem", "Zostań naszą darczyńczynią", "Dołącz do grona subskrybentów": membership drives (Patronite-style appeals).',
    },
    {
      name: 'twoje-wsparcie',
      category: 'donation',
      pattern: `${YOUR}\\s+(?:\\p{L}+\\s+)?(?:wsparci\\p{L}*|wpłat\\p{L}*|darowizn\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:ma\\s+znaczenie|pozwala|umożliwia|pomaga|jest\\s+(?:nam\\s+)?(?:bardzo\\s+)?(?:ważne|potrzebne|niezbędne)|się\\s+liczy)|(?:dzięki|bez)\\s+${YOUR}\\s+(?:\\p{L}+\\s+)?(?:wsparci\\p{L}*|wpłat\\p{L}*|darowizn\\p{L}*)|potrzebujemy\\s+${YOUR}\\s+(?:\\p{L}+\\s+)?wsparci\\p{L}*|czytelni\\p{L}*\\s+tak\\p{L}*\\s+jak\\s+(?:ty|wy)(?![\\p{L}])|każda\\s+(?:wpłata|złotówka|darowizna)\\s+(?:się\\s+liczy|ma\\s+znaczenie)`,
      scope: 'any',
      weight: 1,
      note: '"Twoje wsparcie ma znaczenie", "Dzięki Twojej wpłacie", "Potrzebujemy Państwa wsparcia", "czytelnicy tacy jak Ty", "Każda złotówka się liczy".',
    },
    {
      name: 'wesprzyj-button',
      category: 'donation',
      pattern:
        '(?:wesprzyj|wspieram|wspieraj|wpłacam|wpłać|przekaż\\s+darowiznę|zostań\\s+patronem|wesprzyj\\s+nas|wspieram\\s+\\S+)(?:\\s+(?:teraz|już\\s+dziś|dziś))?',
      scope: 'whole',
      weight: 1,
      note: 'Appeal button labels alone on a line ("Wesprzyj", "Wspieram", "Wpłacam").',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'kup-subskrypcje',
      category: 'paywall',
      pattern:
        '(?:kup|wykup|zamów|wybierz|aktywuj)\\s+(?:teraz\\s+)?(?:\\p{L}+\\s+)?(?:subskrypcj\\p{L}*|prenumerat\\p{L}*|dostęp\\p{L}*|abonament\\p{L}*|pakiet\\s+premium)|(?:zaloguj|zarejestruj)\\s+się(?:\\s*,)?\\s+(?:aby|by|żeby)\\s+(?:czytać|przeczytać|kontynuować|zobaczyć|mieć|uzyskać)|(?:przeczytaj|czytaj)\\s+(?:ten\\s+artykuł\\s+)?(?:bez\\s+ograniczeń|w\\s+całości)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Imperative subscription offers ("Kup subskrypcję", "Wykup dostęp", "Zaloguj się, aby czytać dalej").',
    },
    {
      name: 'tylko-dla-subskrybentow',
      category: 'paywall',
      pattern:
        '(?:ten|cały)\\s+(?:artykuł|tekst|materiał)\\s+(?:jest\\s+)?dostępny\\s+(?:jest\\s+)?(?:tylko|wyłącznie)?\\s*(?:dla\\s+(?:\\p{L}+\\s+)?(?:subskrybent\\p{L}*|prenumerator\\p{L}*|zalogowan\\p{L}*)|w\\s+(?:ramach\\s+)?(?:subskrypcj\\p{L}*|prenumerat\\p{L}*|pakiet\\p{L}*))|(?:aby|by|żeby)\\s+(?:przeczytać|czytać|kontynuować)\\s+(?:\\p{L}+\\s+){0,3}(?:wykup|kup|zaloguj|zarejestruj|wybierz|potrzebujesz)|masz\\s+już\\s+(?:subskrypcj\\p{L}*|prenumerat\\p{L}*|konto|dostęp)|pozostało\\s+(?:jeszcze\\s+)?\\d+\\s*%\\s+(?:artykułu|tekstu)|wykorzystał\\p{L}*\\s+(?:już\\s+)?(?:\\p{L}+\\s+)?(?:limit|bezpłatn\\p{L}*\\s+artykuł\\p{L}*)',
      scope: 'any',
      weight: 1,
      note: '"Ten artykuł dostępny jest tylko dla subskrybentów", "Masz już subskrypcję?", "Pozostało jeszcze 85% artykułu" (Rzeczpospolita), "Wykorzystałeś limit".',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        'zaloguj(?:\\s+się)?|wyloguj(?:\\s+się)?|zarejestruj(?:\\s+się)?|subskrybuj|kup\\s+subskrypcję|wykup\\s+(?:subskrypcję|dostęp|prenumeratę)|moje\\s+konto|twoje\\s+konto|premium|tylko\\s+dla\\s+(?:subskrybentów|prenumeratorów)|czytaj\\s+bez\\s+ograniczeń|załóż\\s+konto',
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Zaloguj się", "Subskrybuj", "Premium").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'zapisz-sie-newsletter',
      category: 'newsletter',
      pattern:
        '(?:zapisz|zapiszcie)\\s+się\\s+(?:już\\s+dziś\\s+|teraz\\s+)?(?:do|na)\\s+(?:nasz\\p{L}*\\s+|bezpłatn\\p{L}*\\s+|darmow\\p{L}*\\s+|\\p{L}+\\s+){0,2}newslett\\p{L}*|(?:zamów|subskrybuj|otrzymuj|odbierz)\\s+(?:nasz\\p{L}*\\s+|bezpłatn\\p{L}*\\s+|\\p{L}+\\s+){0,2}newslett\\p{L}*|(?:prosto\\s+)?(?:do|na)\\s+(?:twoj\\p{L}*|twą)\\s+(?:skrzynk\\p{L}*|poczt\\p{L}*)|(?:podaj|wpisz)\\s+(?:swój\\s+|twój\\s+)?(?:adres\\s+)?e-?mail|(?:twój|państwa)\\s+adres\\s+e-?mail|zapisując\\s+się\\s+(?:do|na)\\s+newslett\\p{L}*',
      scope: 'any',
      weight: 1,
      note: '"Zapisz się do naszego newslettera", "prosto do Twojej skrzynki", "Podaj adres e-mail".',
    },

    // ── promo ───────────────────────────────────────────────────────────────────────────
    {
      name: 'obserwuj-nas',
      category: 'promo',
      pattern:
        '(?:obserwuj|śledź|polub|obserwujcie|śledźcie)\\s+(?:nas|\\S+)\\s+(?:na|w)\\s+(?:facebooku|facebook|x|twitterze|instagramie|tiktoku|youtube|linkedinie|threads|bluesky|google\\s+news|wiadomościach\\s+google|whatsappie|telegramie)(?![\\p{L}])|(?:obserwuj|śledź)\\s+nas(?![\\p{L}])|dołącz\\s+do\\s+nas\\s+(?:na|w)\\s+\\p{L}+|pobierz\\s+(?:nasz\\p{L}*\\s+|bezpłatn\\p{L}*\\s+|darmow\\p{L}*\\s+)?aplikacj\\p{L}*|(?:posłuchaj|słuchaj)\\s+(?:nasz\\p{L}*\\s+)?podcast\\p{L}*|(?:masz|znasz)\\s+(?:ciekawy\\s+)?temat\\p{L}*\\s*\\?\\s*(?:napisz|skontaktuj|daj)|napisz\\s+do\\s+(?:nas|redakcji)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Follow, app, podcast and tip promos ("Obserwuj nas w Google News", "Pobierz aplikację", "Masz temat? Napisz do nas").',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'przeczytaj-takze',
      category: 'related',
      pattern:
        '(?:(?:prze)?czytaj|zobacz|sprawdź|posłuchaj|obejrzyj)\\s+(?:też|także|również|więcej)(?![\\p{L}])|(?:więcej|dowiedz\\s+się\\s+więcej)\\s+na\\s+ten\\s+temat|może\\s+cię\\s+zainteresować|(?:powiązane|podobne)\\s+(?:artykuły|teksty|materiały)|to\\s+(?:też\\s+|także\\s+)?może\\s+cię\\s+zainteresować',
      scope: 'start',
      weight: 0.6,
      note: '"Czytaj też <tytuł>" without punctuation; medium (an interview can say "Proszę zobaczyć też…").',
    },
    {
      name: 'przeczytaj-takze-colon',
      category: 'related',
      pattern:
        '(?:(?:prze)?czytaj|zobacz|sprawdź|posłuchaj|obejrzyj)\\s+(?:też|także|również|więcej)\\s*(?::|\\||»|›|>|–|—)|(?:polecamy|rekomendujemy|czytaj\\s+dalej|więcej\\s+na\\s+ten\\s+temat|może\\s+cię\\s+zainteresować|najczęściej\\s+czytane)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Przeczytaj także: <tytuł>", "Czytaj też: …", "Polecamy: …" (Onet, WP, Interia, Rzeczpospolita).',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        '(?:(?:prze)?czytaj|zobacz|sprawdź)\\s+(?:też|także|również|więcej)|czytaj\\s+dalej|polecamy|polecane(?:\\s+artykuły)?|(?:powiązane|podobne|najnowsze)\\s+(?:artykuły|teksty|materiały|wiadomości)|najczęściej\\s+(?:czytane|komentowane)|najpopularniejsze|więcej\\s+na\\s+ten\\s+temat|więcej\\s+(?:z\\s+działu|wiadomości|artykułów)(?:\\s+\\S+){0,2}|może\\s+cię\\s+(?:też\\s+|także\\s+)?zainteresować|(?:inne|ostatnie)\\s+wpisy|na\\s+skróty|z\\s+ostatniej\\s+chwili',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related lists ("Czytaj także", "Najczęściej czytane", "Więcej na ten temat").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'udostepnij',
      category: 'share',
      pattern:
        '(?:udostępnij|podziel\\s+się)\\s+(?:tym\\s+|ten\\s+)?(?:artykuł\\p{L}*|tekst\\p{L}*|materiał\\p{L}*|wpis\\p{L}*)(?:\\s+(?:na|w|przez|ze\\s+znajomymi|z\\s+\\p{L}+)(?:\\s+\\p{L}+)?)?\\s*(?:[:!.]|$)|(?:udostępnij|podziel\\s+się)\\s+(?:na|w|przez)\\s+(?:facebooku|x|twitterze|whatsappie|messengerze|linkedinie|telegramie|e-?mailu?)',
      scope: 'start',
      weight: 1,
      note: '"Udostępnij ten artykuł", "Podziel się na Facebooku".',
    },
    {
      name: 'share-button',
      category: 'share',
      pattern:
        'udostępnij(?:\\s+(?:artykuł|post|tekst))?|podziel\\s+się|skopiuj\\s+(?:link|adres)|(?:link|adres)\\s+skopiowany|kopiuj\\s+link|drukuj|wydrukuj|zapisz(?:\\s+(?:artykuł|na\\s+później))?|wyślij(?:\\s+(?:e-?mailem|mailem|znajomemu))?|(?:udostępnij|wyślij)\\s+(?:na|przez)\\s+\\p{L}+|odsłuchaj(?:\\s+artykuł)?|posłuchaj\\s+artykułu|powiększ\\s+tekst|podaruj\\s+artykuł',
      scope: 'whole',
      weight: 1,
      note: 'Share-bar and reading-tool labels alone on a line ("Udostępnij", "Skopiuj link", "Odsłuchaj artykuł").',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'reklama',
      category: 'ad',
      pattern:
        'reklama|(?:artykuł|materiał|tekst|treść|wpis)\\s+(?:sponsorowan\\p{L}*|promocyjn\\p{L}*|partnera|reklamow\\p{L}*)|materiał\\s+(?:partnera|promocyjny|sponsorowany)|współpraca\\s+(?:reklamowa|komercyjna|płatna)|(?:partnerem|sponsorem)\\s+(?:materiału|cyklu|serwisu|sekcji)\\s+jest\\s+\\S+(?:\\s+\\S+){0,3}|(?:dalsz\\p{L}*\\s+(?:część|ciąg)|ciąg\\s+dalszy)\\s+(?:artykułu|tekstu|materiału)\\s+(?:pod|poniżej|po)\\s+(?:reklam\\p{L}*|materiałem\\s+wideo|wideo|filmem)|(?:artykuł|tekst)\\s+(?:jest\\s+)?kontynuowany\\s+(?:pod|poniżej)\\s+(?:reklam\\p{L}*|wideo)|(?:tekst|artykuł)\\s+dalej\\s+pod\\s+(?:reklamą|wideo|materiałem\\s+wideo)',
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Reklama", "Artykuł sponsorowany", "Dalsza część artykułu pod materiałem wideo": Onet, WP, Interia).',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'uzywamy-cookies',
      category: 'cookie',
      pattern:
        '(?:używamy|stosujemy|wykorzystujemy|korzystamy\\s+z)\\s+(?:\\p{L}+\\s+){0,2}(?:plik\\p{L}*\\s+)?cookie\\p{L}*|(?:ta|nasza)\\s+(?:strona|witryna|serwis)\\s+(?:używa|stosuje|wykorzystuje|korzysta\\s+z)\\s+(?:plik\\p{L}*\\s+)?cookie\\p{L}*|ustawienia\\s+(?:plików\\s+)?cookie\\p{L}*|(?:my|wraz)\\s+(?:i|z)\\s+(?:nasi|naszymi)\\s+(?:zaufan\\p{L}*\\s+)?partner\\p{L}*|(?:szanujemy|cenimy)\\s+(?:twoją|państwa)\\s+prywatność|twoja\\s+prywatność\\s+jest\\s+dla\\s+nas\\s+ważna',
      scope: 'any',
      weight: 1,
      note: 'Cookie and consent banners ("Używamy plików cookie", "My i nasi zaufani partnerzy", "Twoja prywatność jest dla nas ważna").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        'akceptuj(?:ę)?(?:\\s+(?:wszystkie|wszystko|i\\s+zamknij|i\\s+przejdź\\s+do\\s+serwisu))?|zaakceptuj(?:\\s+(?:wszystkie|wszystko))?|odrzuć(?:\\s+(?:wszystkie|wszystko))?|przejdź\\s+do\\s+serwisu|ustawienia\\s+zaawansowane|(?:zarządzaj|dostosuj)\\s+(?:ustawieniami|zgodami|preferencjami|zgody)|zapisz\\s+(?:ustawienia|wybór|preferencje)|(?:tylko\\s+)?niezbędne\\s+(?:pliki\\s+)?cookie\\p{L}*',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Akceptuję", "Przejdź do serwisu", "Ustawienia zaawansowane"); medium: a one-word line.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'komentarze',
      category: 'comments',
      pattern:
        '(?:\\d+|brak)\\s+komentarz\\p{L}*|komentarze?\\s*\\(\\s*\\d+\\s*\\)|komentarze|skomentuj|(?:dodaj|napisz)\\s+(?:swój\\s+|pierwszy\\s+)?komentarz|(?:pokaż|zobacz|czytaj|wszystkie)\\s+(?:wszystkie\\s+)?komentarze|(?:przejdź\\s+)?do\\s+komentarzy',
      scope: 'whole',
      weight: 1,
      note: '"12 komentarzy", "Komentarze (4)", "Dodaj komentarz" alone on a line.',
    },
    {
      name: 'komentarz-prompt',
      category: 'comments',
      pattern:
        '(?:dodaj|napisz|zostaw)\\s+(?:swój\\s+|pierwszy\\s+)?komentarz|bądź\\s+pierwsz\\p{L}*,?\\s+(?:któr\\p{L}*\\s+)?(?:skomentuje|doda\\s+komentarz)|(?:zaloguj|zarejestruj)\\s+się,?\\s+(?:aby|by|żeby)\\s+(?:dodać\\s+komentarz|skomentować|komentować)|komentarze\\s+(?:zostały\\s+|są\\s+)?(?:wyłączone|zamknięte)',
      scope: 'any',
      weight: 1,
      note: 'Comment prompts ("Dodaj pierwszy komentarz", "Zaloguj się, aby skomentować", "Komentarze zostały wyłączone").',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        'polityka\\s+prywatności|polityka\\s+cookie\\p{L}*|regulamin(?:\\s+serwisu)?|kontakt|o\\s+nas|redakcja|kariera|mapa\\s+strony|szukaj|wyszukaj|strona\\s+główna|przejdź\\s+do\\s+(?:treści|strony\\s+głównej)|(?:wróć\\s+)?na\\s+górę|archiwum|deklaracja\\s+dostępności|biuro\\s+obsługi\\s+klienta|ustawienia\\s+prywatności|e-?wydanie|prenumerata',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Polityka prywatności", "Regulamin", "Strona główna").',
    },
    {
      name: 'prawa-zastrzezone',
      category: 'navigation',
      pattern:
        '(?:wszelkie|wszystkie)\\s+prawa\\s+zastrzeżone|(?:kopiowanie|powielanie|rozpowszechnianie)\\s+(?:\\p{L}+\\s+){0,3}bez\\s+(?:pisemnej\\s+)?zgody\\s+(?:wydawcy|redakcji)\\s+(?:jest\\s+)?zabronione',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("© Agora SA. Wszelkie prawa zastrzeżone").',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:(?:opublikowano|aktualizacja|zaktualizowano|data\\s+publikacji|data\\s+aktualizacji|publikacja|dodano)(?:\\s*:\\s*|\\s+))?(?:(?:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)(?:\\s*,\\s*|\\s+))?${DATE}${TIME}?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("Opublikowano: 12 marca 2025, 14:05", "12.03.2025 r."): dates go to metadata.',
    },
    {
      name: 'czas-czytania',
      category: 'other',
      pattern:
        'czas\\s+(?:czytania|lektury)(?:\\s*:\\s*|\\s+)(?:ok\\.\\s*)?\\d+\\s*min(?:\\.|ut\\p{L}*)?|\\d+\\s*min(?:\\.|ut\\p{L}*)?\\s+(?:czytania|lektury)',
      scope: 'whole',
      weight: 1,
      note: '"Czas czytania: 4 min", "5 minut czytania" labels.',
    },
    {
      name: 'foto-credit',
      category: 'other',
      pattern:
        '(?:fot\\.|foto\\s*:|zdjęci[ea]\\s*:|ilustracja\\s*:|grafika\\s*:|wideo\\s*:|źródło\\s*:|autor\\s*:|autorka\\s*:|oprac\\.|opracowanie\\s*:)\\s*[^\\n]{1,80}|(?:pap|east\\s+news|reporter|forum|shutterstock|getty\\s+images)\\s*/\\s*[^\\n]{1,60}',
      scope: 'whole',
      weight: 1,
      note: 'Photo, source and author credit lines ("Fot. PAP/Leszek Szymański", "Źródło: PAP", "Autor: Jan Nowak", "oprac. kw").',
    },
  ],
};
