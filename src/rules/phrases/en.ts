import type { Lexicon } from '../types.js';

/**
 * English phrase rules. Grouped by category; each rule says where such lines are seen.
 *
 * Rules look for the reader being addressed (imperatives, "you", the outlet's "we/our"),
 * not for topic words: an article may be ABOUT subscriptions or donations ("the paper lost
 * 10,000 subscribers", "the EU is ready to do its share", "set to join von der Leyen").
 */
export const en: Lexicon = {
  lang: 'en',
  rules: [
    // ── donation: appeals to give, join, support the outlet ──────────────────────────
    {
      name: 'cant-do-it-alone',
      category: 'donation',
      pattern:
        "(?:we|i)\\s+(?:can't|cannot|can\\s+not|couldn't)\\s+do\\s+(?:it|this)\\s+(?:alone|without\\s+you)",
      scope: 'any',
      weight: 1,
      note: 'Outlet voice asking for help; appeal boxes of non-profit newsrooms.',
    },
    {
      name: 'support-our-journalism',
      category: 'donation',
      pattern:
        '(?:support|fund|sustain|protect|power|back)\\s+(?:our|independent|local|quality|nonprofit|non-profit|public[- ]interest|fearless|free)\\s+(?:\\w+\\s+)?(?:journalism|reporting|newsroom|work|press|media|news)',
      scope: 'any',
      weight: 1,
      note: '"Support independent journalism", "help fund our reporting": appeal boxes.',
    },
    {
      name: 'support-us',
      category: 'donation',
      pattern: '(?:please\\s+)?(?:support|back|help)\\s+us(?:\\s+today|\\s+now)?\\b',
      scope: 'start',
      weight: 1,
      note: 'Imperative "Support us" / "Help us" as a sentence opener.',
    },
    {
      name: 'imperative-support',
      category: 'donation',
      pattern:
        "(?:[Ss]upport|SUPPORT|[Dd]onate\\s+to|[Gg]ive\\s+to|[Bb]ack)\\s+(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}'’]+",
      caseSensitive: true,
      scope: 'start',
      weight: 0.6,
      note: '"Support The Daily Record." as a button line; needs a second signal ("Support Grows for ..." is a headline).',
    },
    {
      name: 'donate',
      category: 'donation',
      pattern:
        '(?:donate|make\\s+a\\s+(?:donation|gift|contribution)|give|chip\\s+in|contribute|pitch\\s+in)\\s+(?:now|today|here|monthly|once|what\\s+you\\s+can|\\$|£|€)',
      scope: 'start',
      weight: 1,
      note: 'Imperative donation call ("Donate now", "Chip in today", "Give $5").',
    },
    {
      name: 'donate-button',
      category: 'donation',
      pattern: '(?:donate|give|contribute|support|chip\\s+in|give\\s+monthly|give\\s+once)',
      scope: 'whole',
      weight: 1,
      note: 'A button label alone on a line.',
    },
    {
      name: 'join-us',
      category: 'donation',
      pattern: 'join\\s+us\\b',
      scope: 'start',
      weight: 1,
      note: '"Join us." closing an appeal; a reported "join us" is quoted or mid-sentence.',
    },
    {
      name: 'become-member',
      category: 'donation',
      pattern:
        '(?:become|join\\s+as)\\s+a\\s+(?:\\w+\\s+)?(?:member|supporter|patron|sustainer|donor|subscriber)\\b',
      scope: 'start',
      weight: 1,
      note: '"Become a member", "Become a sustaining supporter".',
    },
    {
      name: 'join-n-members',
      category: 'donation',
      pattern:
        'join\\s+(?:more\\s+than\\s+|over\\s+)?[\\d,.]+k?\\s+(?:other\\s+)?(?:members|readers|supporters|donors|subscribers)',
      scope: 'start',
      weight: 1,
      note: '"Join 40,000 members who ..." membership drives.',
    },
    {
      name: 'readers-like-you',
      category: 'donation',
      pattern: '(?:readers|people|supporters|members|donors|listeners|viewers)\\s+like\\s+you\\b',
      scope: 'any',
      weight: 1,
      note: '"Made possible by readers like you": public-media and non-profit appeals.',
    },
    {
      name: 'if-you-value',
      category: 'donation',
      pattern:
        '(?:if|when)\\s+you\\s+(?:value|appreciate|enjoy(?:ed)?|like[d]?|rely\\s+on|believe\\s+in)\\s+(?:this|our|what\\s+we|the\\s+work|independent|local|journalism|reporting)',
      scope: 'any',
      weight: 1,
      note: '"If you value this reporting, ..." opens most appeals that avoid the word donate.',
    },
    {
      name: 'your-support',
      category: 'donation',
      pattern:
        '(?:your|a)\\s+(?:\\w+\\s+)?(?:support|contribution|donation|gift|membership)\\s+(?:helps?|makes?|keeps?|allows?|enables?|ensures?|funds?|powers?|means?|will)\\b',
      scope: 'any',
      weight: 1,
      note: '"Your support helps us ...", "A gift of any size makes ...".',
    },
    {
      name: 'with-your-support',
      category: 'donation',
      pattern:
        '(?:with|thanks\\s+to|without)\\s+your\\s+(?:\\w+\\s+)?(?:support|help|generosity|donations?|gifts?|contributions?)',
      scope: 'any',
      weight: 1,
      note: 'Appeal copy addressing the reader about their support.',
    },
    {
      name: 'reader-funded',
      category: 'donation',
      pattern:
        '(?:reader|member|listener|donor|community)[- ](?:funded|supported|powered)|funded\\s+by\\s+(?:readers|our\\s+readers|members|you)\\b|relies?\\s+on\\s+(?:readers|you|donations|our\\s+readers|the\\s+support)|depends?\\s+on\\s+(?:readers|you|donations|your)',
      scope: 'any',
      weight: 0.6,
      note: '"We are reader-funded", "This journalism relies on you".',
    },
    {
      name: 'outlet-mission',
      category: 'donation',
      pattern:
        "(?:our|we\\s+practice|we're\\s+committed\\s+to|we\\s+believe\\s+in)\\s+(?:\\w+\\s+){0,2}(?:journalism|reporting|newsroom|mission)\\b",
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism; weak alone (a press-freedom story can say it).',
    },
    {
      name: 'save-democracy',
      category: 'donation',
      pattern:
        '(?:save|defend|protect)\\s+(?:democracy|the\\s+free\\s+press|press\\s+freedom|journalism)',
      scope: 'start',
      weight: 0.6,
      note: 'Slogan lines under appeal buttons.',
    },
    {
      name: 'gift-of',
      category: 'donation',
      pattern: 'give\\s+the\\s+gift\\s+of\\b',
      scope: 'start',
      weight: 0.6,
      note: 'Appeal and gift-subscription headings; "gift of" is also a plain phrase, so medium.',
    },
    {
      name: 'tax-deductible',
      category: 'donation',
      pattern: 'tax[- ]deductible|501\\s*\\(c\\)\\s*\\(3\\)|registered\\s+charity',
      scope: 'any',
      weight: 0.6,
      note: 'Small print of non-profit appeal boxes.',
    },
    {
      name: 'any-amount',
      category: 'donation',
      pattern:
        '(?:every|any)\\s+(?:amount|contribution|gift|dollar|donation)(?:,\\s+)?\\s*(?:big\\s+or\\s+small|however\\s+small|of\\s+any\\s+size|helps|counts|matters)',
      scope: 'any',
      weight: 1,
      note: '"Every contribution, however small, ..."',
    },

    {
      name: 'journalism-like-this',
      category: 'donation',
      pattern:
        "(?:stories|reporting|journalism|coverage|work|articles?)\\s+like\\s+(?:this|these|ours)(?:\\s+one)?\\s+(?:takes?|costs?|requires?|needs?|is\\s+(?:only\\s+)?(?:possible|made\\s+possible|expensive)|are\\s+(?:only\\s+)?possible|depends?|relies?|isn't\\s+free|doesn't\\s+come|can't\\s+happen|wouldn't\\s+exist)",
      scope: 'any',
      weight: 1,
      note: '"Journalism like this takes time and money": the opening of appeal boxes.',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'continue-reading',
      category: 'paywall',
      pattern:
        '(?:subscribe|sign\\s+in|log\\s+in|register|create\\s+(?:a\\s+)?(?:free\\s+)?account)\\s+(?:now\\s+)?(?:to|and)\\s+(?:continue|keep|read|unlock|get\\s+(?:full|unlimited))',
      scope: 'any',
      weight: 1,
      note: '"Subscribe to continue reading", "Log in to keep reading".',
    },
    {
      name: 'free-articles-left',
      category: 'paywall',
      pattern:
        '(?:you\\s+have|you\\x27ve\\s+(?:read|used)|remaining:?)\\s+(?:\\w+\\s+)?(?:\\d+|one|two|three|no|all(?:\\s+\\w+)?)\\s+(?:of\\s+(?:your\\s+)?\\d+\\s+)?(?:free\\s+)?(?:articles?|stories|stories|gift\\s+articles?)',
      scope: 'any',
      weight: 1,
      note: 'Meter notices: "You have 2 free articles left", "You\'ve read 3 of 5 free articles".',
    },
    {
      name: 'already-subscriber',
      category: 'paywall',
      pattern:
        '(?:already\\s+(?:a\\s+)?(?:subscriber|member|registered|have\\s+an\\s+account)|(?:subscribers?|members)\\s+(?:can\\s+)?(?:log|sign)\\s+in)',
      scope: 'any',
      weight: 1,
      note: '"Already a subscriber? Log in".',
    },
    {
      name: 'subscriber-only',
      category: 'paywall',
      pattern:
        '(?:this\\s+(?:article|story|content)\\s+is\\s+(?:only\\s+)?(?:for|available\\s+(?:only\\s+)?to|reserved\\s+for)\\s+(?:paying\\s+|our\\s+)?(?:subscribers|members))|(?:subscribers?|members?)[- ]only\\s+(?:content|article|story)|exclusive\\s+(?:to|for)\\s+subscribers',
      scope: 'any',
      weight: 1,
      note: 'Subscriber-only notices.',
    },
    {
      name: 'subscribe-offer',
      category: 'paywall',
      pattern:
        '(?:subscribe|start\\s+(?:your\\s+)?(?:free\\s+)?trial|get\\s+(?:full|unlimited|digital)\\s+access|unlock\\s+(?:this|full|unlimited|all))\\b',
      scope: 'start',
      weight: 1,
      note: 'Imperative subscription offers ("Subscribe now", "Get unlimited access").',
    },
    {
      name: 'price-offer',
      category: 'paywall',
      pattern:
        '(?:just|only|for)\\s+[$£€]\\s?\\d+(?:[.,]\\d+)?\\s*(?:/|a|per)\\s*(?:month|week|year|mo|wk)|\\d+\\s+(?:weeks?|months?)\\s+for\\s+[$£€]?\\s?\\d',
      scope: 'any',
      weight: 1,
      note: '"Just $1 a week", "4 weeks for £1" subscription offers.',
    },
    {
      name: 'subscription-required',
      category: 'paywall',
      pattern:
        '(?:a\\s+)?subscription\\s+(?:is\\s+)?required|subscribers\\s+get|(?:our|a)\\s+subscription\\s+(?:gives|includes|offers)',
      scope: 'any',
      weight: 1,
      note: 'Paywall copy.',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        '(?:log\\s*in|sign\\s*in|register|subscribe|subscribe\\s+now|my\\s+account|sign\\s+out|log\\s*out)',
      scope: 'whole',
      weight: 1,
      note: 'Account buttons on a line of their own.',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'sign-up',
      category: 'newsletter',
      pattern:
        "(?:sign\\s+up|subscribe|register|opt\\s+in)\\s+(?:(?:now|today|here)\\s+)?(?:for|to)\\s+(?:(?:our|the|a|this)\\s+)?(?:[\\w,'-]+\\s+){0,5}(?:newsletters?|briefings?|digest|emails?|updates|bulletin|alerts|roundup)",
      scope: 'any',
      weight: 1,
      note: '"Sign up for our morning briefing".',
    },
    {
      name: 'inbox',
      category: 'newsletter',
      pattern:
        '(?:delivered|straight|direct(?:ly)?|right|sent)\\s+(?:to|into)\\s+your\\s+(?:inbox|email)|in\\s+your\\s+inbox|to\\s+your\\s+inbox|(?:meet|hit|reach)\\s+your\\s+inbox',
      scope: 'any',
      weight: 1,
      note: '"Get the best stories delivered to your inbox", "Let our news meet your inbox".',
    },
    {
      name: 'delivered-schedule',
      category: 'newsletter',
      pattern: 'delivered\\s+(?:(?:every|each)\\s+)?(?:weekday|weekend)\\s+mornings?',
      scope: 'any',
      weight: 0.6,
      note: 'Sign-up copy: "The news and stories that matter, delivered weekday mornings." Medium, and not "every morning": news tells of deliveries too.',
    },
    {
      name: 'news-alerts',
      category: 'newsletter',
      pattern: '(?:get|receive)\\s+(?:breaking\\s+)?news\\s+alerts',
      scope: 'start',
      weight: 1,
      note: 'Alert sign-ups: "Get breaking news alerts and special reports." (seen inside aeb-dev container text).',
    },
    {
      name: 'newsletter-word-cta',
      category: 'newsletter',
      pattern:
        '(?:get|receive|read|try)\\s+(?:our|the)\\s+(?:\\w+\\s+){0,3}(?:newsletter|briefing|digest)',
      scope: 'start',
      weight: 1,
      note: '"Get our free newsletter".',
    },
    {
      name: 'email-field',
      category: 'newsletter',
      pattern:
        '(?:enter\\s+your|your)\\s+e-?mail(?:\\s+address)?|e-?mail\\s+address\\b|you\\s+(?:can|may)\\s+unsubscribe|by\\s+(?:signing\\s+up|subscribing|clicking)',
      scope: 'any',
      weight: 1,
      note: 'Sign-up form labels and fine print.',
    },
    {
      name: 'newsletter-heading',
      category: 'newsletter',
      pattern:
        '(?:(?:free|daily|weekly|morning|evening)\\s+)?(?:newsletters?|e-?mail\\s+updates)(?:\\s+sign[- ]?up)?',
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings.',
    },

    // ── promo: the outlet's own products ────────────────────────────────────────────────
    {
      name: 'download-app',
      category: 'promo',
      pattern: '(?:download|get|install|try)\\s+(?:the|our)\\s+(?:\\w+\\s+){0,3}app\\b',
      scope: 'start',
      weight: 1,
      note: 'App promos.',
    },
    {
      name: 'listen-podcast',
      category: 'promo',
      pattern:
        '(?:listen|subscribe)\\s+(?:to|on)\\s+(?:our|the)\\s+(?:\\w+\\s+){0,3}(?:podcast|show|episode)|(?:listen|subscribe)\\s+(?:on|via|wherever)\\s+(?:apple|spotify|google|you\\s+get)',
      scope: 'any',
      weight: 1,
      note: 'Podcast promos.',
    },
    {
      name: 'podcast-platforms',
      category: 'promo',
      pattern:
        '(?:apple|google|amazon)\\s+podcasts|wherever\\s+you\\s+(?:get|listen\\s+to|find)\\s+(?:your\\s+)?podcasts|(?:on|via)\\s+spotify\\b',
      scope: 'any',
      weight: 0.6,
      note: 'Podcast promos name the platforms ("on Apple Podcasts or Spotify").',
    },
    {
      name: 'follow-us',
      category: 'promo',
      pattern:
        'follow\\s+(?:us|@\\w+|\\p{Lu}\\w*\\s+on)\\b|(?:like|find)\\s+us\\s+on\\s+\\p{Lu}|(?:join|follow)\\s+(?:us|our\\s+\\w+)\\s+on\\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|linkedin|youtube|threads|bluesky)',
      scope: 'any',
      weight: 1,
      note: '"Follow us on Instagram", "Follow @outlet".',
    },
    {
      name: 'gift-subscription',
      category: 'promo',
      pattern: 'gift\\s+(?:a\\s+)?subscription|give\\s+a\\s+subscription|gift\\s+this\\s+article',
      scope: 'any',
      weight: 1,
      note: 'Gift offers.',
    },
    {
      name: 'tickets-event',
      category: 'promo',
      pattern:
        '(?:get|buy|book|reserve)\\s+(?:your\\s+)?(?:tickets?|seats?|a\\s+seat)\\b|register\\s+(?:now|today|here)\\b',
      scope: 'start',
      weight: 1,
      note: 'Event promos.',
    },
    {
      name: 'event-rsvp',
      category: 'promo',
      pattern:
        'rsvp(?:\\s+(?:here|now|today|at|for\\s+free))?\\b|join\\s+(?:our|us\\s+and\\s+our)\\s+(?:\\w+\\s+){0,2}(?:reporters|journalists|editors|newsroom|writers|critics|columnists)\\s+(?:for|at|on)\\b',
      scope: 'any',
      weight: 1,
      note: 'Event invitations: "Join our reporters for a live Q&A ... RSVP here".',
    },
    {
      name: 'tip-line',
      category: 'promo',
      pattern:
        '(?:got|have)\\s+a\\s+(?:news\\s+)?tip\\b|send\\s+(?:us\\s+)?(?:a\\s+)?(?:news\\s+)?tips?\\b|contact\\s+(?:our|the)\\s+newsroom',
      scope: 'start',
      weight: 1,
      note: '"Got a tip? Email us".',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'read-more',
      category: 'related',
      pattern:
        '(?:read|see|watch|listen)\\s+(?:more|also|next|too)\\s*(?::|\\||»|›|>|-|–|—)|(?:related|more\\s+on\\s+this|more\\s+from\\s+\\S+|recommended|also\\s+read|further\\s+reading|you\\s+may\\s+also\\s+like|you\\s+might\\s+also\\s+like|don\\x27t\\s+miss|editor\\x27s\\s+picks?|most\\s+(?:read|popular|viewed|shared)|trending(?:\\s+now)?|top\\s+stories|latest\\s+news|more\\s+stories|related\\s+(?:stories|articles|coverage|content|links|topics))\\s*:',
      scope: 'start',
      weight: 1,
      note: '"Read more: <headline>", "RELATED: ...", "Most read:".',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        '(?:read\\s+more|see\\s+also|read\\s+next|up\\s+next|more\\s+on\\s+this(?:\\s+story)?|more\\s+from\\s+(?:\\S+\\s*){1,4}|more\\s+(?:news|stories|coverage|videos?)|recommended(?:\\s+for\\s+you|\\s+stories|\\s+articles)?|related(?:\\s+(?:stories|articles|coverage|content|links|topics|news|posts|reading))?|you\\s+(?:may|might)\\s+also\\s+(?:like|be\\s+interested\\s+in)|most\\s+(?:read|popular|viewed|shared|commented)(?:\\s+(?:stories|articles|this\\s+week|today))?|trending(?:\\s+now|\\s+stories)?|top\\s+stories|latest\\s+(?:news|stories|headlines)|editor\\x27s\\s+picks?|don\\x27t\\s+miss|popular\\s+(?:now|stories)|what\\s+to\\s+read\\s+next|keep\\s+reading|further\\s+reading|more\\s+(?:in|on|about)\\s+(?:\\S+\\s*){1,4}|more\\s+(?:\\p{L}+\\s+){1,2}(?:news|stories|coverage|headlines|articles|videos?))',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related/recommended lists.',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'share-this',
      category: 'share',
      pattern:
        'share\\s+(?:this|the)\\s+(?:article|story|post|page|piece|link|video)|share\\s+(?:on|via|to)\\s+(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest|telegram|bluesky|threads)|(?:click|tap)\\s+to\\s+share',
      scope: 'any',
      weight: 1,
      note: '"Share this article", "Share on Facebook".',
    },
    {
      name: 'share-with-friend',
      category: 'share',
      pattern:
        '(?:share|send|forward)\\s+(?:it|this(?:\\s+(?:story|article|post))?)\\s+with\\s+(?:a\\s+)?(?:friends?|others|family|colleagues?)|(?:like|enjoy(?:ed)?|love)\\s+this\\s+(?:story|article|post)\\s*\\?',
      scope: 'any',
      weight: 1,
      note: '"Like this story? Share it with a friend!"',
    },
    {
      name: 'share-button',
      category: 'share',
      pattern:
        '(?:share|tweet|email|print|copy\\s+link|copy\\s+url|link\\s+copied|save|save\\s+article|comment|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|bluesky|threads|messenger|sms|(?:e-?mail|print|share|save|tweet|post)\\s+this(?:\\s+(?:story|article|page|post|link))?|share\\s+article|gift\\s+article)',
      scope: 'whole',
      weight: 1,
      note: 'Share-bar button labels alone on a line.',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'advertisement',
      category: 'ad',
      pattern:
        '(?:advertisement|advertising|advert|ad|sponsored|sponsored\\s+content|paid\\s+(?:post|content|partner(?:ship)?)|promoted(?:\\s+content|\\s+stories)?|partner\\s+content|(?:story|article)\\s+continues\\s+(?:below|after)(?:\\s+this)?\\s+(?:advertisement|ad)|continue\\s+reading(?:\\s+the)?(?:\\s+main)?(?:\\s+(?:story|article))?(?:\\s+below)?|scroll\\s+to\\s+continue(?:\\s+with\\s+content)?|ad\\s+feedback|report(?:\\s+this)?\\s+ad|skip(?:\\s+this)?\\s+ad)',
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Advertisement", "Story continues below advertisement").',
    },
    {
      name: 'sponsored-by',
      category: 'ad',
      pattern: '(?:sponsored|presented|brought\\s+to\\s+you)\\s+by\\b|in\\s+partnership\\s+with\\b',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines; medium because an article can report sponsorship.',
    },
    {
      name: 'affiliate-disclosure',
      category: 'ad',
      pattern:
        '(?:we|i)\\s+(?:may|might|could|will|do|sometimes)\\s+(?:earn|receive|get|make)\\s+(?:a\\s+(?:small\\s+)?|an\\s+)?(?:affiliate\\s+)?(?:commissions?|compensation|referral\\s+fees?)|(?:posts?|articles?|pages?|stor(?:y|ies)|sites?|content|guides?|reviews?)\\s+(?:may\\s+)?contains?\\s+affiliate\\s+links?|products?\\s+(?:are|were)\\s+(?:chosen|selected)\\s+independently',
      scope: 'any',
      weight: 1,
      note: 'Affiliate disclosures ("We may earn a commission if you buy through our links", "This post contains affiliate links", "Products are chosen independently by our editors"): the outlet\'s voice about its own links.',
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'we-use-cookies',
      category: 'cookie',
      pattern:
        '(?:we|this\\s+(?:site|website))\\s+uses?\\s+cookies|(?:accept|allow|reject|manage)\\s+(?:all\\s+)?cookies|cookie\\s+(?:policy|settings|preferences|notice|consent)|by\\s+(?:continuing\\s+to\\s+(?:browse|use)|using)\\s+(?:this|our)\\s+(?:site|website)',
      scope: 'any',
      weight: 1,
      note: 'Cookie banners.',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        '(?:accept(?:\\s+all)?|reject(?:\\s+all)?|agree|i\\s+agree|i\\s+accept|got\\s+it|ok(?:ay)?|manage\\s+(?:preferences|options|settings)|more\\s+options|privacy\\s+settings|decline)',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons; medium: a one-word line near a cookie notice joins its run.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'comment-count',
      category: 'comments',
      pattern:
        '(?:\\d[\\d,.]*|no|one)\\s+comments?|comments?\\s*\\(\\s*\\d+\\s*\\)|view\\s+(?:all\\s+)?(?:\\d+\\s+)?comments?|show\\s+comments|load\\s+(?:more\\s+)?comments',
      scope: 'whole',
      weight: 1,
      note: '"23 Comments", "Comments (4)".',
    },
    {
      name: 'join-conversation',
      category: 'comments',
      pattern:
        'join\\s+the\\s+(?:conversation|discussion|debate)|(?:leave|post|add|write)\\s+a\\s+(?:comment|reply)|(?:log|sign)\\s+in\\s+to\\s+(?:comment|reply)|comments\\s+(?:are|have\\s+been)\\s+(?:closed|disabled|moderated)|what\\s+do\\s+you\\s+think\\?|have\\s+your\\s+say',
      scope: 'any',
      weight: 1,
      note: 'Comment prompts.',
    },
    {
      name: 'comment-policy',
      category: 'comments',
      pattern:
        "(?:commenting|comments?)\\s+(?:policy|guidelines)|values\\s+your\\s+comments|we'?d\\s+like\\s+to\\s+hear\\s+what\\s+you\\s+think",
      scope: 'any',
      weight: 1,
      note: 'Notes under the comment box: "... values your comments but kindly requests ... Please review our commenting policy", "We\'d like to hear what you think".',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'copyright',
      category: 'navigation',
      pattern: '(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}|\\p{L})|all\\s+rights\\s+reserved',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines.',
    },
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        '(?:privacy(?:\\s+policy|\\s+notice)?|terms(?:\\s+(?:of\\s+(?:use|service)|and\\s+conditions|&\\s+conditions))?|contact\\s+us|about\\s+us|careers|advertise(?:\\s+with\\s+us)?|sitemap|site\\s+map|accessibility|skip\\s+to\\s+(?:main\\s+)?content|back\\s+to\\s+top|menu|search|home|subscribe|newsletters)',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line.',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern:
        '(?:(?:updated|published|posted|last\\s+(?:updated|modified)|first\\s+published|modified)(?::\\s*|\\s+)(?:on\\s+)?)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?(?:\\s*\\|\\s*\\d+\\s+min(?:ute)?s?\\s+read)?',
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date/time ("Updated November 3, 2025 at 9:02 a.m."): page chrome; dates go to metadata.',
    },
    {
      name: 'byline-line',
      category: 'other',
      pattern:
        "[Bb][Yy](?:\\s+\\p{Lu}[\\p{L}.'’-]+(?:\\s+[\\p{L}.'’-]+){0,7})?(?:\\s*[|·•,–—]\\s*[^|·•,–—\\s][^|·•,–—\\n]{0,40}){0,2}",
      caseSensitive: true,
      scope: 'whole',
      weight: 1,
      note: 'A byline alone on a line ("By Jane Doe Staff Writer", "By Ana Ruiz | 9 April 2025"): bylines go to metadata.',
    },
    {
      name: 'credit-slash',
      category: 'other',
      pattern:
        "[\\p{L}.'’ -]{2,60}/\\s*(?:staff\\s+)?(?:photographer|photo|staff|contributor|the\\s+associated\\s+press|associated\\s+press|ap|reuters|afp|getty(?:\\s+images)?|epa|bloomberg|shutterstock|for\\s+the\\s+\\p{L}+(?:\\s+\\p{L}+){0,3})",
      scope: 'whole',
      weight: 1,
      // No \s* before the slash: the name class holds the space already, and the overlap
      // made a long run of spaces cost 60 passes (25 ms on 100 KB; rule-timing.test.ts).
      note: 'Photo credit "Jane Doe / Staff Photographer", "John Smith/AP".',
    },
    {
      name: 'author-contact',
      category: 'other',
      pattern:
        '(?:can|may)\\s+be\\s+(?:reached|contacted|emailed)\\s+(?:at|on|via)\\b|(?:reach|contact|email|follow)\\s+(?:him|her|them)\\s+(?:at|on|via)\\b',
      scope: 'any',
      weight: 1,
      note: 'Author bio lines: "She can be reached at jdoe@example.com".',
    },
    {
      name: 'embed-attribution',
      category: 'other',
      pattern: '[^()\\n]{1,80}\\(@\\w{1,30}\\)[^\\n]{0,40}',
      scope: 'whole',
      weight: 1,
      note: 'Attribution line of an embedded post ("— Riverton OEM (@RivertonOEM) January 18, 2026"); the post text stays.',
    },
    {
      name: 'reading-time',
      category: 'other',
      pattern: '\\d+[\\s-]*min(?:ute)?s?\\.?\\s+read|reading\\s+time:?\\s*\\d+\\s*min(?:ute)?s?',
      scope: 'whole',
      weight: 1,
      note: '"5 min read" labels.',
    },
    {
      name: 'courtesy',
      category: 'other',
      pattern: '(?:(?:photo|image|video)\\s+)?courtesy(?:\\s+of)?\\s+\\S[^\\n]{1,80}',
      scope: 'whole',
      weight: 1,
      note: 'Credit line "Courtesy of the museum" under an image.',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        '(?:\\(?(?:photo|photograph|image|picture|illustration|video|graphic|file\\s+photo|credit|photo\\s+credit)s?(?:\\s+by)?\\s*[:/|]\\s*[^\\n]{0,80}|\\(?(?:getty\\s+images|ap\\s+photo|reuters|afp|shutterstock|istock|epa|alamy|dpa)(?:\\s*(?:/|via)\\s*[^\\n]{0,60})?\\)?)',
      scope: 'whole',
      weight: 1,
      note: 'Photo credit lines under images ("Photo: Jane Doe/AP", "(Getty Images)").',
    },
  ],
};
