import type { Lexicon } from '../types.js';

/**
 * French phrase rules. Grouped by category; each rule says where such lines are seen
 * (Le Monde, Libération, Mediapart, Le Figaro, Ouest-France, regional papers).
 *
 * Rules look for the reader being addressed (imperatives, "vous/votre", the outlet's
 * "nous/notre"), not for topic words: an article may be ABOUT subscriptions or donations
 * ("Le journal a perdu des abonnés", "le ministère veut soutenir la presse indépendante").
 */

const MONTHS =
  '(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)';
const DATE = `(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(?:\\d{1,2}(?:er)?\\s+${MONTHS}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:\\s+(?:à|a)\\s+\\d{1,2}\\s?[h:]\\s?\\d{2}|,?\\s+\\d{1,2}[h:]\\d{2})?`;
const UPDATED = '(?:publié|publiée|mis\\s+à\\s+jour|mise\\s+à\\s+jour|modifié|actualisé)';
/** Words that start a sentence, never a name, after "Par …". */
const NOT_NAME =
  "(?!(?:le|la|les|l'|un|une|des|du|de|ailleurs|exemple|contre|conséquent|rapport|ici|là|hasard|moments|endroits|ce|cette|ces|son|sa|ses|leur|leurs|nature|principe|définition|an|jour|mois|semaine)(?![\\p{L}]))";

export const fr: Lexicon = {
  lang: 'fr',
  rules: [
    // ── donation: appeals to give, join, support the outlet ──────────────────────────
    {
      name: 'soutenez-nous',
      category: 'donation',
      pattern:
        '(?:soutenez|soutiens|aidez|aide)[- ](?:nous|moi)(?![\\p{L}])|(?:soutenez|soutiens|financez|finance|défendez|défends)\\s+(?:notre|nos|le|la|un|une)\\s+(?:\\p{L}+\\s+){0,2}(?:journalisme|rédaction|média|journal|information|presse|travail|indépendance)',
      scope: 'start',
      weight: 1,
      note: 'Imperative opener: "Soutenez-nous", "Soutenez notre rédaction", "Soutenez une presse libre".',
    },
    {
      name: 'soutenir-notre-journalisme',
      category: 'donation',
      pattern:
        "(?:soutenez|soutiens|soutenir|financez|financer|aidez-nous\\s+à\\s+(?:financer|défendre|préserver))\\s+(?:notre|nos)\\s+(?:\\p{L}+\\s+){0,2}(?:journalisme|rédaction|indépendance|journalistes|enquêtes|travail|média)|(?:soutenez|soutiens|financez)\\s+(?:le|un|une|l')\\s*(?:journalisme|information|presse|média)\\s+(?:indépendant|libre|de\\s+qualité|local|d'investigation)",
      scope: 'any',
      weight: 1,
      note: '"… soutenez notre journalisme", "Pour soutenir nos enquêtes, …": only imperatives or "notre".',
    },
    {
      name: 'don-button',
      category: 'donation',
      pattern:
        "(?:je\\s+)?(?:fais\\s+un\\s+don|faire\\s+un\\s+don|soutiens|donne|deviens\\s+membre|adhère)(?:\\s+(?:à\\s+)?[\\p{L}-]+)?|soutenez(?:-nous)?|soutenir(?:\\s+(?:\\p{L}+|l'\\p{L}+))?|nous\\s+soutenir|faites\\s+un\\s+don|dons?",
      scope: 'whole',
      weight: 1,
      note: 'Appeal buttons alone on a line ("Je fais un don", "Soutenir Mediapart", "Je soutiens").',
    },
    {
      name: 'faites-un-don',
      category: 'donation',
      pattern:
        "(?:faites|fais)\\s+(?:un\\s+)?don(?![\\p{L}])|donnez\\s+(?:maintenant|dès\\s+maintenant|aujourd'hui|ce\\s+que|\\d)",
      scope: 'start',
      weight: 1,
      note: 'Imperative donation call ("Faites un don", "Donnez dès maintenant").',
    },
    {
      name: 'votre-soutien',
      category: 'donation',
      pattern:
        '(?:grâce\\s+à|avec)\\s+votre\\s+(?:\\p{L}+\\s+)?(?:soutien|don|abonnement|générosité|contribution|aide)|votre\\s+(?:\\p{L}+\\s+)?(?:soutien|don|contribution|abonnement|aide)\\s+(?:nous\\s+)?(?:permet|est\\s+(?:essentiel|précieux|indispensable|vital|décisif)|compte|fait\\s+la\\s+différence|garantit|finance)|(?:lecteurs|lectrices|abonnés|abonnées|donateurs|membres)(?:\\s+et\\s+\\p{L}+)?\\s+comme\\s+vous|sans\\s+vous,?\\s+(?:nous\\s+ne|ce\\s+journal|notre|ce\\s+travail|rien\\s+de\\s+tout)',
      scope: 'any',
      weight: 1,
      note: 'Appeal copy about the reader\'s support ("Grâce à votre soutien", "des lecteurs comme vous").',
    },
    {
      name: 'chaque-don',
      category: 'donation',
      pattern:
        "(?:chaque|tout)\\s+(?:don|contribution|euro)(?:\\s*,\\s*|\\s+)(?:quel\\s+qu'en\\s+soit\\s+le\\s+montant|même\\s+modeste|petit\\s+ou\\s+grand|même\\s+petit)|déductibles?\\s+(?:à\\s+\\d+\\s*%\\s+)?(?:de\\s+(?:vos|votre)|des\\s+impôts)|66\\s*%\\s+(?:de\\s+(?:votre|vos)|du\\s+montant)",
      scope: 'any',
      weight: 1,
      note: '"Chaque don, même modeste, …", "déductible à 66 % de vos impôts": appeal small print.',
    },
    {
      name: 'devenez-membre',
      category: 'donation',
      pattern:
        '(?:devenez|deviens|rejoignez|rejoins)[- ](?:nous(?![\\p{L}])|(?:notre|la|le|les)\\s+(?:communauté|club|cercle|abonnés|lecteurs|membres|soutiens)|(?:membre|abonné|abonnée|donateur|donatrice|adhérent|adhérente|soutien|ami|amie)s?(?![\\p{L}]))',
      scope: 'start',
      weight: 1,
      note: '"Devenez membre", "Rejoignez-nous", "Rejoignez la communauté des abonnés".',
    },
    {
      name: 'independance-depend',
      category: 'donation',
      pattern:
        '(?:notre|nous\\s+garantissons\\s+notre)\\s+indépendance\\s+(?:\\p{L}+\\s+)?(?:dépend|repose)\\s+(?:de\\s+vous|sur\\s+vous|de\\s+nos|sur\\s+nos|de\\s+vos|uniquement|entièrement)|nous\\s+ne\\s+dépendons\\s+que\\s+de\\s+(?:nos|vous)',
      scope: 'any',
      weight: 1,
      note: '"Notre indépendance dépend de vous", "Nous ne dépendons que de nos lecteurs".',
    },
    {
      name: 'finance-par-ses-lecteurs',
      category: 'donation',
      pattern:
        '(?:ne\\s+dépend\\s+que\\s+de\\s+ses|financée?s?\\s+(?:uniquement\\s+|exclusivement\\s+|entièrement\\s+)?par\\s+(?:ses|nos))\\s+(?:lecteurs|lectrices|abonnés|abonnées)',
      scope: 'any',
      weight: 0.3,
      note: '"Mediapart ne dépend que de ses lecteurs": weak, a media story can say it about any paper.',
    },
    {
      name: 'notre-journalisme',
      category: 'donation',
      pattern:
        '(?:notre|nos)\\s+(?:\\p{L}+\\s+){0,2}(?:journalisme|rédaction|indépendance|journalistes|enquêtes)(?![\\p{L}])',
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism; weak alone.',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'il-vous-reste',
      category: 'paywall',
      pattern:
        "il\\s+vous\\s+reste\\s+(?:\\d+\\s*%|[\\p{L}\\d]+)\\s+(?:de\\s+(?:cet|l')\\s*article|(?:\\p{L}+\\s+){0,2}à\\s+lire|articles?\\s+(?:gratuits?|offerts?))|vous\\s+avez\\s+(?:lu|consulté|atteint)\\s+(?:[\\p{L}\\d]+\\s+|d'|l'){0,4}(?:articles?|contenus?)\\s+(?:gratuits?|offerts?)|vous\\s+avez\\s+atteint\\s+(?:la\\s+limite|le\\s+nombre\\s+maximum)",
      scope: 'any',
      weight: 1,
      note: 'Meter notices: "Il vous reste 80% de cet article à lire", "Vous avez lu vos 3 articles gratuits".',
    },
    {
      name: 'article-reserve',
      category: 'paywall',
      pattern:
        '(?:cet|ce)\\s+(?:article|contenu|reportage|entretien|podcast|épisode|dossier)\\s+(?:\\p{L}+\\s+)?(?:est\\s+)?réservée?s?\\s+aux\\s+(?:abonné|membre|inscrit)\\p{L}*',
      scope: 'any',
      weight: 1,
      note: '"Cet article est réservé aux abonnés".',
    },
    {
      name: 'abonnez-vous-pour',
      category: 'paywall',
      pattern:
        '(?:abonnez|abonne|inscrivez|inscris|connectez|connecte|identifiez|identifie)[- ](?:vous|toi)\\s+(?:gratuitement\\s+)?(?:pour|et)\\s+(?:lire|continuer|poursuivre|accéder|débloquer|profiter|découvrir|soutenir)|(?:pour\\s+)?(?:lire|poursuivre|continuer)\\s+(?:la\\s+suite|votre\\s+lecture|la\\s+lecture)(?:\\s+de\\s+cet\\s+article)?(?:\\s*,\\s*|\\s+)(?:abonnez|connectez|inscrivez|identifiez)|vous\\s+(?:êtes|etes)\\s+déjà\\s+(?:abonné|inscrit|membre)|déjà\\s+(?:abonné|inscrit|membre|client)e?s?\\s*\\?',
      scope: 'any',
      weight: 1,
      note: '"Abonnez-vous pour lire la suite", "Vous êtes déjà abonné ?", "Déjà abonné ? Connectez-vous".',
    },
    {
      name: 'abonnez-vous',
      category: 'paywall',
      pattern:
        "(?:abonnez|abonne)[- ](?:vous|toi)(?![\\p{L}])|je\\s+m'abonne|(?:essayez|testez|découvrez)\\s+(?:\\p{L}+\\s+){0,2}(?:gratuitement|offres?)(?![\\p{L}])|accédez\\s+(?:à\\s+|aux\\s+)?(?:\\p{L}+\\s+){0,3}(?:articles|contenus|l'intégralité)",
      scope: 'start',
      weight: 1,
      note: 'Imperative subscription offers ("Abonnez-vous", "Découvrez nos offres", "Accédez à tous nos articles").',
    },
    {
      name: 'offre-prix',
      category: 'paywall',
      pattern:
        '\\d+(?:[.,]\\d+)?\\s*(?:€|euros?)\\s*(?:/|par|le)\\s*mois\\s+(?:pendant|les)\\s+\\d+|(?:\\d+|un|1er)\\s+(?:mois|an|semaines?)\\s+(?:offerts?|pour\\s+\\d+(?:[.,]\\d+)?\\s*(?:€|euros?)|à\\s+\\d+(?:[.,]\\d+)?\\s*(?:€|euros?))',
      scope: 'any',
      weight: 1,
      note: 'Trial offers ("1 € par mois pendant 6 mois", "1 mois offert").',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        "se\\s+connecter|connexion|s'abonner|s'inscrire|je\\s+m'abonne|je\\s+m'inscris|mon\\s+compte|mon\\s+espace(?:\\s+abonnés?)?|se\\s+déconnecter|déconnexion|créer\\s+(?:un|mon)\\s+compte|abonnez-vous|connectez-vous|identifiez-vous|inscrivez-vous|m'identifier|s'identifier|espace\\s+abonnés?|(?:découvrir|voir)\\s+(?:les|nos)\\s+offres|(?:article|contenu)\\s+(?:réservé|exclusif)\\s+(?:aux\\s+)?abonnés|réservé\\s+aux\\s+abonnés|pour\\s+les\\s+abonnés|abonnés",
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Se connecter", "Réservé aux abonnés").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'inscrivez-vous-newsletter',
      category: 'newsletter',
      pattern:
        "(?:inscrivez|abonnez|inscris|abonne)[- ](?:vous|toi)\\s+(?:gratuitement\\s+|dès\\s+maintenant\\s+){0,2}(?:à|a|aux)\\s+(?:notre\\s+|nos\\s+|la\\s+|les\\s+|cette\\s+)?(?:\\p{L}+\\s+){0,3}(?:newsletters?|lettres?|alertes?|infolettres?)|(?:recevez|reçois)\\s+(?:gratuitement\\s+|chaque\\s+\\p{L}+\\s+|tous\\s+les\\s+\\p{L}+\\s+){0,2}(?:notre|nos|la|les|l')\\s*(?:\\p{L}+\\s+){0,3}(?:newsletters?|lettres?|infolettres?|alertes?|sélection|essentiel)",
      scope: 'any',
      weight: 1,
      note: '"Inscrivez-vous à notre newsletter", "Recevez gratuitement notre lettre d\'information".',
    },
    {
      name: 'boite-mail',
      category: 'newsletter',
      pattern:
        '(?:dans|directement\\s+dans)\\s+(?:votre|ta)\\s+(?:boîte|boite)\\s+(?:mail|e-?mail|aux\\s+lettres|de\\s+réception)|votre\\s+adresse\\s+(?:e-?mail|mail|électronique)|(?:vous\\s+pourrez|vous\\s+pouvez)\\s+vous\\s+(?:désinscrire|désabonner)|(?:désinscri|désabonn)\\p{L}*\\s+(?:à\\s+tout\\s+moment|en\\s+un\\s+clic)|(?:en\\s+vous\\s+inscrivant|en\\s+cliquant),?\\s+vous\\s+acceptez',
      scope: 'any',
      weight: 1,
      note: 'Sign-up box copy and fine print ("directement dans votre boîte mail", "désinscription à tout moment").',
    },
    {
      name: 'newsletter-heading',
      category: 'newsletter',
      pattern:
        "(?:nos|la|notre)\\s+(?:newsletters?|lettres?\\s+d'information|infolettres?)(?:\\s+(?:gratuites?|quotidiennes?|hebdomadaires?))?|lettres?\\s+d'information|inscription\\s+(?:à\\s+la\\s+)?newsletter|(?:s'inscrire|je\\s+m'inscris)\\s+à\\s+la\\s+newsletter|recevoir\\s+la\\s+newsletter",
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings ("Nos newsletters", "Inscription newsletter").',
    },

    // ── promo: the outlet's own products ────────────────────────────────────────────────
    {
      name: 'telechargez-app',
      category: 'promo',
      pattern:
        "(?:téléchargez|télécharge|installez|découvrez|essayez)\\s+(?:gratuitement\\s+)?(?:notre\\s+|l')(?:\\p{L}+\\s+){0,2}appli\\p{L}*|(?:offrez|offre)\\s+(?:un\\s+abonnement|cet\\s+article)|offrir\\s+(?:cet|l')\\s*article",
      scope: 'start',
      weight: 1,
      note: 'App and gift promos ("Téléchargez l\'application Le Monde", "Offrez un abonnement").',
    },
    {
      name: 'suivez-nous',
      category: 'promo',
      pattern:
        "suivez[- ]nous|suis[- ]nous|retrouvez[- ]nous\\s+sur|rejoignez[- ]nous\\s+sur|suivez\\s+(?:\\p{L}+\\s+|l')(?:\\p{L}+\\s+)?sur\\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|linkedin|youtube|threads|bluesky|snapchat)|(?:écoutez|abonnez-vous\\s+à)\\s+(?:notre|le|ce|cet|l')\\s*(?:\\p{L}+\\s+){0,2}(?:podcast|épisode)|sur\\s+votre\\s+plateforme\\s+(?:de\\s+podcasts?\\s+|d'écoute\\s+)?préférée",
      scope: 'any',
      weight: 1,
      note: 'Follow-us and podcast promos ("Suivez-nous sur Instagram", "Écoutez notre podcast").',
    },
    {
      name: 'contactez-redaction',
      category: 'promo',
      pattern:
        '(?:contactez|écrivez)[- ](?:nous|à\\s+la\\s+rédaction|à\\s+notre\\s+rédaction)|(?:vous\\s+avez|avez-vous)\\s+(?:une\\s+|des\\s+)?(?:informations?|témoignages?|infos?)\\s+(?:à\\s+nous|sur\\s+ce\\s+sujet|à\\s+partager)|témoignez(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: '"Contactez-nous", "Vous avez des informations à nous communiquer ?", "Témoignez".',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'lire-aussi',
      category: 'related',
      pattern:
        '(?:à\\s+)?lire\\s+(?:aussi|également)(?![\\p{L}])|(?:voir\\s+aussi|à\\s+voir\\s+aussi|à\\s+lire|à\\s+découvrir|sur\\s+le\\s+même\\s+sujet|les\\s+plus\\s+lus|les\\s+plus\\s+partagés|les\\s+plus\\s+commentés|notre\\s+sélection|en\\s+lien|découvrir\\s+aussi)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Lire aussi | <titre>", "Lire aussi l\'entretien : …", "Sur le même sujet :".',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        "(?:à\\s+)?lire\\s+(?:aussi|également)|voir\\s+aussi|à\\s+voir(?:\\s+aussi)?|à\\s+découvrir(?:\\s+aussi)?|sur\\s+le\\s+même\\s+sujet|dans\\s+la\\s+même\\s+rubrique|les\\s+plus\\s+(?:lus|partagés|commentés|populaires)|(?:nos\\s+)?(?:articles|contenus)\\s+(?:recommandés|similaires|associés|liés)|recommandés?\\s+pour\\s+vous|vous\\s+(?:aimerez|aimeriez|pourriez\\s+aimer)\\s+(?:aussi|également)|(?:à\\s+)?la\\s+une|dernières\\s+(?:actualités|infos|informations)|l'actu\\s+en\\s+continu|plus\\s+d'(?:actualités|articles|infos)(?:\\s+\\S+){0,3}|notre\\s+sélection|toute\\s+l'actualité(?:\\s+\\S+){0,3}|en\\s+lien",
      scope: 'whole',
      weight: 1,
      note: 'Headings of related/recommended lists ("Lire aussi", "Les plus lus", "Sur le même sujet").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'partager-article',
      category: 'share',
      pattern:
        "(?:partager|partagez)\\s+(?:cet|l')\\s*(?:article|vidéo|page|lien)|partager\\s+sur\\s+(?:facebook|twitter|x|linkedin|whatsapp|messenger|bluesky|threads|e-?mail|pinterest)|(?:copier|copie)\\s+(?:le\\s+)?lien|lien\\s+copié|envoyer\\s+par\\s+(?:e-?mail|courriel|mail)",
      scope: 'any',
      weight: 1,
      note: '"Partager cet article", "Partager sur Facebook", "Copier le lien".',
    },
    {
      name: 'share-button',
      category: 'share',
      pattern:
        "partager|partagez|partage|imprimer|envoyer|sauvegarder|enregistrer|ajouter\\s+à\\s+mes\\s+(?:favoris|sélections)|favoris|offrir(?:\\s+(?:l'|cet\\s+)article)?|écouter(?:\\s+(?:l'|cet\\s+)article)?|lire\\s+plus\\s+tard|partager\\s+sur\\s+\\p{L}+",
      scope: 'whole',
      weight: 1,
      note: 'Share-bar labels alone on a line ("Partager", "Offrir l\'article", "Écouter cet article").',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'publicite',
      category: 'ad',
      pattern:
        "publicité|pub|annonce|contenu\\s+sponsorisé|sponsorisé|article\\s+sponsorisé|publi-?rédactionnel|publi-?reportage|publi-?information|en\\s+partenariat\\s+avec\\s+\\S+(?:\\s+\\S+){0,3}|contenu\\s+(?:de\\s+)?partenaire|(?:la\\s+)?suite\\s+(?:de\\s+(?:l'article|votre\\s+contenu)\\s+)?(?:après|sous)\\s+(?:cette\\s+|la\\s+)?(?:publicité|annonce)|proposé\\s+par\\s+\\S+(?:\\s+\\S+){0,3}",
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Publicité", "La suite après cette publicité", "Contenu sponsorisé").',
    },
    {
      name: 'sponsorise-par',
      category: 'ad',
      pattern: '(?:sponsorisé|sponsorisée|contenu\\s+(?:sponsorisé|proposé))\\s+par(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines ("Sponsorisé par …"); medium because an article can report sponsorship.',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'nous-utilisons-cookies',
      category: 'cookie',
      pattern:
        '(?:nous|ce\\s+site|notre\\s+site)\\s+(?:utilis\\p{L}+|dépos\\p{L}+)\\s+(?:\\p{L}+\\s+){0,2}(?:cookies|traceurs)|en\\s+poursuivant\\s+votre\\s+navigation|continuer\\s+sans\\s+accepter|(?:avec\\s+)?nos\\s+partenaires,?\\s+nous\\s+(?:utilisons|stockons|traitons|déposons)|vous\\s+pouvez\\s+(?:modifier|retirer)\\s+votre\\s+consentement|vos\\s+choix\\s+(?:en\\s+matière\\s+de\\s+)?(?:cookies|consentement)',
      scope: 'any',
      weight: 1,
      note: 'Cookie banners ("Nous utilisons des cookies", "En poursuivant votre navigation", "Continuer sans accepter").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        "(?:tout\\s+)?accepter(?:\\s+(?:et\\s+(?:fermer|continuer)|tout|les\\s+cookies))?|tout\\s+refuser|refuser(?:\\s+tout|\\s+les\\s+cookies)?|j'accepte|je\\s+refuse|d'accord|paramétrer(?:\\s+les\\s+cookies)?|(?:gérer|personnaliser)\\s+(?:mes\\s+choix|les\\s+cookies|les\\s+paramètres|mes\\s+préférences)|paramètres(?:\\s+des\\s+cookies)?|continuer\\s+sans\\s+accepter|en\\s+savoir\\s+plus",
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Tout accepter", "Paramétrer"); medium: a one-word line near a cookie notice.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'commentaires-count',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|aucun|un)\\s+(?:commentaires?|réactions?)|(?:commentaires?|réactions?)\\s*\\(\\s*\\d+\\s*\\)|commentaires|réactions|(?:voir|afficher|lire)\\s+(?:les\\s+|tous\\s+les\\s+)?(?:\\d+\\s+)?(?:commentaires|réactions)|réagir|commenter|(?:déposer|écrire|ajouter|laisser)\\s+un\\s+commentaire',
      scope: 'whole',
      weight: 1,
      note: '"12 commentaires", "Réagir", "Voir les commentaires" alone on a line.',
    },
    {
      name: 'commentaire-prompt',
      category: 'comments',
      pattern:
        "(?:connectez|abonnez|identifiez|inscrivez)[- ]vous\\s+pour\\s+(?:commenter|réagir|participer)|les\\s+commentaires\\s+sont\\s+(?:fermés|désactivés|modérés|clos)|(?:donnez|partagez)\\s+votre\\s+avis|qu'en\\s+pensez-vous\\s*\\?|votre\\s+avis\\s+nous\\s+intéresse|(?:réagissez|commentez)(?:\\s+cet\\s+article)?\\s*(?:[!.:]|$)",
      scope: 'any',
      weight: 1,
      note: 'Comment prompts ("Connectez-vous pour commenter", "Qu\'en pensez-vous ?").',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        "mentions\\s+légales|politique\\s+de\\s+confidentialité|confidentialité|données\\s+personnelles|cgu|cgv|conditions\\s+générales(?:\\s+d'(?:utilisation|vente))?|nous\\s+contacter|qui\\s+sommes-nous\\s*\\??|plan\\s+du\\s+site|accessibilité|recrutement|rechercher|recherche|accueil|retour\\s+à\\s+l'accueil|retour\\s+en\\s+haut(?:\\s+de\\s+(?:la\\s+)?page)?|aller\\s+au\\s+contenu(?:\\s+principal)?|rubriques|kiosque|journal\\s+numérique|gestion\\s+des\\s+cookies|charte\\s+de\\s+déontologie|résilier(?:\\s+mon\\s+abonnement)?",
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Mentions légales", "Qui sommes-nous ?").',
    },
    {
      name: 'droits-reserves',
      category: 'navigation',
      pattern:
        'tous\\s+droits\\s+réservés|toute\\s+reproduction\\s+(?:est\\s+)?interdite|reproduction\\s+(?:totale\\s+ou\\s+partielle\\s+)?interdite',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("© Le Monde. Tous droits réservés").',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:${UPDATED}\\s+(?:le\\s+)?)?${DATE}(?:(?:\\s*,\\s*|\\s+)${UPDATED}\\s+(?:le\\s+)?${DATE})?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("Publié le 3 novembre 2025 à 09h02, modifié le …"): dates go to metadata.',
    },
    {
      name: 'temps-de-lecture',
      category: 'other',
      pattern:
        '(?:temps\\s+de\\s+)?lecture(?:\\s*:\\s*|\\s+)\\d+\\s*min(?:utes?|\\.)?|\\d+\\s*min(?:utes?|\\.)?\\s+de\\s+lecture',
      scope: 'whole',
      weight: 1,
      note: '"Temps de lecture : 4 min", "Lecture 3 min." labels.',
    },
    {
      name: 'byline-par',
      category: 'other',
      pattern: `par\\s+${NOT_NAME}[\\p{L}.'-]+(?:\\s+(?:et\\s+)?${NOT_NAME}[\\p{L}.'-]+){1,5}(?:\\s*[,(–-]\\s*[\\p{L}]+(?:[\\s,]+[\\p{L}]+){0,2}\\)?)?`,
      scope: 'whole',
      weight: 1,
      note: 'A byline alone on a line ("Par Jean Dupont et Marie Martin (Lyon, correspondance)"); sentence words excluded.',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        "(?:photo|photos|crédits?(?:\\s+photo)?|illustration|image|vidéo|infographie)\\s*:\\s*[^\\n]{0,80}|\\(?(?:afp|abaca|maxppp|hans\\s+lucas|sipa|ip3(?:\\s+press)?|divergence|myop)(?:\\s*/\\s*[^\\n]{0,60})?\\)?|[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,5}\\s?/\\s?(?:afp|reuters|ap|abaca|maxppp|hans\\s+lucas|sipa|le\\s+monde|libération|divergence|myop|ip3(?:\\s+press)?)",
      scope: 'whole',
      weight: 1,
      note: 'Photo credit lines ("Photo : Jean Dupont / AFP", "CHRISTOPHE ARCHAMBAULT / AFP").',
    },
  ],
};
