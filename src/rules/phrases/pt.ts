import type { Lexicon } from '../types.js';

/**
 * Portuguese phrase rules (Portugal and Brazil). Grouped by category; each rule says
 * where such lines are seen (Público, Observador, Expresso, Folha, Estadão, g1).
 *
 * Rules look for the reader being addressed (imperatives, "você/tu", the outlet's
 * "nós/nosso"), not for topic words: an article may be ABOUT subscriptions or donations
 * ("O jornal perdeu assinantes"). "Seu/sua" is also "his/her", so it needs a verb that
 * only an appeal uses.
 */

const MONTHS =
  '(?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)';
const DATE = `(?:\\d{1,2}(?:\\s+de\\s+|\\s+|\\.)${MONTHS}\\.?(?:\\s+de\\s+|\\s+|\\.)\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`;
const TIME = '(?:(?:\\s*[-–,|]\\s*|\\s+)(?:às\\s+)?\\d{1,2}(?:h|:)\\d{2}(?:min)?)';
/** Words that start a sentence or headline, never a name, after "Por …". */
const NOT_NAME =
  '(?!(?:o|a|os|as|um|uma|uns|umas|que|quê|isso|isto|ele|ela|eles|elas|causa|conta|favor|fim|outro|outra|parte|vezes|enquanto|exemplo|meio|volta|dentro|fora|trás|baixo|cima|último|última|ora|mais|menos|sua|seu|onde|quanto|quem|esta|este|essa|esse|lá|aqui|ali)(?![\\p{L}]))';

export const pt: Lexicon = {
  lang: 'pt',
  rules: [
    // ── donation ────────────────────────────────────────────────────────────────────────
    {
      name: 'apoie-o-jornalismo',
      category: 'donation',
      pattern:
        '(?:apoie|apoiem|ajude|ajudem|contribua|contribuam)(?:-nos(?![\\p{L}])|\\s+(?:o|o\\s+nosso|um|a\\s+nossa|a)\\s+(?:\\p{L}+\\s+){0,2}(?:jornalismo|informação|redação|redacção|trabalho|jornal|imprensa))|(?:faça|faz)\\s+(?:um\\s+)?(?:donativo|doação|contributo)',
      scope: 'start',
      weight: 1,
      note: 'Imperative openers: "Apoie o jornalismo independente", "Ajude-nos", "Faça um donativo".',
    },
    {
      name: 'o-seu-apoio',
      category: 'donation',
      pattern:
        '(?:o\\s+seu|o\\s+teu|com\\s+o\\s+seu|com\\s+o\\s+teu|graças\\s+ao\\s+seu|graças\\s+ao\\s+teu)\\s+(?:\\p{L}+\\s+)?(?:apoio|contributo|contribuição|donativo|doação|assinatura)(?:\\s*,\\s*|\\s+)(?:podemos|conseguimos|permite-nos|ajuda-nos|garante|é\\s+(?:essencial|fundamental|decisivo))|leitores\\s+como\\s+(?:você|tu)(?![\\p{L}])|(?:apoiar|apoie)\\s+o\\s+(?:nosso|jornalismo\\s+do)\\s+(?:\\p{L}+\\s+)?(?:jornalismo|trabalho|\\p{L}+)',
      scope: 'any',
      weight: 1,
      note: '"Com o seu apoio, podemos …", "leitores como você": appeal copy addressing the reader.',
    },
    {
      name: 'apoiar-button',
      category: 'donation',
      pattern:
        '(?:quero\\s+)?(?:apoiar|doar|contribuir)(?:\\s+(?:agora|já|o\\s+\\p{L}+))?|apoie(?:-nos)?|torne-se\\s+(?:membro|assinante|apoiante)|seja\\s+(?:membro|assinante|apoiante)',
      scope: 'whole',
      weight: 1,
      note: 'Appeal buttons alone on a line ("Apoiar o Público", "Torne-se membro").',
    },
    {
      name: 'torne-se-membro',
      category: 'donation',
      pattern:
        '(?:torne-se|torna-te|tornem-se)\\s+(?:já\\s+|também\\s+|hoje\\s+)?(?:um\\s+|uma\\s+)?(?:membro|membros|assinante|assinantes|apoiante|apoiantes|apoiador|apoiadora|sócio|sócia|mecenas|subscritor|subscritora)|(?:junte-se|junta-te|juntem-se)\\s+(?:a\\s+nós|à\\s+nossa\\s+comunidade|ao\\s+nosso\\s+(?:clube|projeto|projecto)|aos\\s+(?:nossos\\s+|mais\\s+de\\s+)?(?:[\\d.]+\\s+)?(?:mil\\s+)?(?:leitores|assinantes|membros|apoiantes|apoiadores))|faça\\s+parte\\s+d[ao]\\s+(?:nossa\\s+comunidade|comunidade\\s+de\\s+(?:leitores|assinantes|membros|apoiantes)|nosso\\s+(?:clube|projeto|projecto))',
      scope: 'any',
      weight: 1,
      note: '"Torne-se membro", "Junte-se aos 40 mil assinantes", "Faça parte da nossa comunidade": membership drives (imperatives, never third person).',
    },
    {
      name: 'seja-membro',
      category: 'donation',
      pattern:
        '(?:seja|sê|sejam)\\s+(?:já\\s+|também\\s+)?(?:um\\s+|uma\\s+)?(?:membro|assinante|apoiante|apoiador|apoiadora|sócio|sócia|mecenas|subscritor)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: '"Seja assinante", "Sê apoiante do jornal": start only, since mid-sentence "que seja membro" is a subjunctive in ordinary reporting.',
    },
    {
      name: 'jornalismo-depende',
      category: 'donation',
      pattern:
        '(?:o\\s+nosso|nosso|este|esse|o)\\s+(?:\\p{L}+\\s+)?(?:jornalismo|trabalho|projeto|projecto|jornal)\\s+(?:só\\s+)?(?:depende|existe|é\\s+possível|continua)\\s+(?:graças\\s+a|de|por\\s+causa\\s+de)\\s+(?:si|ti|você|vocês|leitores\\s+como|quem\\s+nos\\s+lê)(?![\\p{L}])|(?:a\\s+)?(?:nossa\\s+)?independência\\s+(?:editorial\\s+)?depende\\s+(?:de\\s+(?:si|ti|você|vocês|leitores)|dos\\s+(?:nossos\\s+)?(?:leitores|assinantes|membros))|precisamos\\s+(?:de\\s+si|de\\s+ti|do\\s+seu\\s+apoio|do\\s+teu\\s+apoio|da\\s+sua\\s+ajuda|da\\s+tua\\s+ajuda)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: '"O nosso jornalismo depende de si", "A nossa independência depende dos leitores", "Precisamos do seu apoio": the reader addressed.',
    },
    {
      name: 'qualquer-valor',
      category: 'donation',
      pattern:
        '(?:qualquer|cada)\\s+(?:valor|contributo|contribuição|doação|donativo|quantia|apoio)\\s*,\\s*(?:grande\\s+ou\\s+pequen[oa]|por\\s+(?:mais\\s+)?pequen[oa]\\s+que\\s+seja|mesmo\\s+(?:o\\s+)?(?:mais\\s+)?pequen[oa])|(?:contribua|apoie|doe|ajude)\\s+(?:com\\s+)?(?:a\\s+partir\\s+de\\s+(?:r\\$|€|\\d)|qualquer\\s+valor|o\\s+valor\\s+que\\s+(?:puder|quiser))',
      scope: 'any',
      weight: 1,
      note: '"Qualquer contributo, por mais pequeno que seja, …", "Contribua a partir de R$ 5", "Apoie com o valor que puder".',
    },
    {
      name: 'nosso-jornalismo',
      category: 'donation',
      pattern:
        '(?:o\\s+nosso|a\\s+nossa|os\\s+nossos|nosso|nossa|nossos)\\s+(?:\\p{L}+\\s+){0,2}(?:jornalismo|redação|redacção|jornalistas)(?![\\p{L}])',
      scope: 'any',
      weight: 0.3,
      note: 'The outlet talking about its own journalism ("o nosso jornalismo independente"); weak alone.',
    },

    // ── paywall ─────────────────────────────────────────────────────────────────────────
    {
      name: 'assine',
      category: 'paywall',
      pattern:
        '(?:assine|subscreva|inscreva-se|registe-se|registre-se|cadastre-se|inicie\\s+sessão|faça\\s+(?:o\\s+)?login)(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Imperative at a sentence start ("Assine já", "Subscreva", "Faça login").',
    },
    {
      name: 'exclusivo-assinantes',
      category: 'paywall',
      pattern:
        '(?:este|esta)\\s+(?:conteúdo|artigo|reportagem|notícia|matéria)\\s+(?:é\\s+)?(?:exclusiv[oa]|reservad[oa])\\s+(?:para\\s+|a\\s+|aos\\s+)?(?:assinantes|subscritores|membros)|(?:para\\s+)?continuar\\s+a\\s+ler(?:\\s*,\\s*|\\s+)(?:assine|subscreva|faça|inicie|registe)|continue\\s+lendo\\s+com|(?:já\\s+é|já\\s+és)\\s+(?:assinante|subscritor|membro)|(?:você\\s+)?atingiu\\s+o\\s+limite\\s+de\\s+(?:\\d+\\s+)?(?:reportagens|artigos|textos|conteúdos|notícias)',
      scope: 'any',
      weight: 1,
      note: '"Este conteúdo é exclusivo para assinantes", "Já é assinante?", "Você atingiu o limite de 5 reportagens".',
    },
    {
      name: 'para-continuar-lendo',
      category: 'paywall',
      pattern:
        '(?:assine|subscreva|registe-se|registre-se|cadastre-se|inscreva-se|faça\\s+(?:o\\s+)?login|entre|inicie\\s+sessão)\\s+(?:já\\s+|agora\\s+|gratuitamente\\s+|grátis\\s+)?(?:para|e)\\s+(?:continuar|ler|ter\\s+acesso|acessar|aceder|desbloquear|liberar|seguir\\s+lendo)|para\\s+(?:continuar\\s+lendo|continuar\\s+a\\s+ler|ler\\s+(?:a\\s+)?(?:matéria|reportagem|notícia|artigo|este\\s+(?:artigo|texto|conteúdo)|esta\\s+(?:matéria|reportagem|notícia))(?:\\s+completa|\\s+na\\s+íntegra)?|ter\\s+acesso\\s+(?:a\\s+este|ao)\\s+conteúdo)(?:\\s*,\\s*|\\s+)(?:assine|subscreva|faça|inicie|registe|registre|cadastre|entre|torne-se|seja|você\\s+precisa|precisa|é\\s+necessário)|(?:continue|continua)\\s+(?:lendo|a\\s+ler)\\s+(?:com|sem)\\s+(?:\\p{L}+\\s+)?(?:assinatura|limites|publicidade|acesso)',
      scope: 'any',
      weight: 1,
      note: '"Assine para continuar lendo", "Para ler a matéria completa, faça login", "Continue a ler sem limites".',
    },
    {
      name: 'artigos-gratuitos',
      category: 'paywall',
      pattern:
        '(?:você\\s+já|você|já|tu\\s+já)\\s+(?:leu|leste|consumiu|consumiste|esgotou|esgotaste|utilizou|usou)\\s+(?:[\\p{L}\\d]+\\s+){0,4}(?:artigos|textos|reportagens|matérias|conteúdos|notícias)\\s+(?:gratuit\\p{L}*|grátis|a\\s+que\\s+tem\\s+direito|deste\\s+mês|do\\s+mês|este\\s+mês)|(?:resta|restam|ainda\\s+tem|você\\s+tem|tens)(?:-lhe|-te)?\\s+(?:mais\\s+|apenas\\s+|só\\s+)?(?:\\d+|um|uma|dois|duas|três)\\s+(?:\\p{L}+\\s+)?(?:artigos?|textos?|reportagens?|matérias?|conteúdos?|notícias?)\\s+(?:gratuit\\p{L}*|grátis|para\\s+ler|este\\s+mês|neste\\s+mês)|(?:este\\s+é\\s+o\\s+seu|é\\s+o\\s+seu|o\\s+seu)\\s+(?:último|primeiro|\\d+º)\\s+(?:artigo|texto|conteúdo)\\s+(?:gratuito|grátis)',
      scope: 'any',
      weight: 1,
      note: 'Meter notices: "Você já leu 5 de 10 artigos gratuitos", "Restam-lhe 2 artigos gratuitos este mês", "Este é o seu último texto gratuito".',
    },
    {
      name: 'ja-assinante',
      category: 'paywall',
      pattern:
        '(?:já\\s+(?:é|és)|você\\s+já\\s+é)\\s+(?:um\\s+|uma\\s+)?(?:assinante|subscritor|subscritora|membro)|(?:já\\s+(?:é|és)|você\\s+já\\s+é)\\s+(?:um\\s+|uma\\s+)?(?:cliente|registad[oa]|registrad[oa]|cadastrad[oa])\\s*\\?|já\\s+(?:tem|tens|possui)\\s+(?:uma\\s+)?(?:conta|assinatura|cadastro|registo|registro)\\s*\\?',
      scope: 'any',
      weight: 1,
      note: '"Já é assinante? Faça login", "Já tem conta?", "Já é cliente?" (with the question mark only: "se já é cliente do banco" is service news).',
    },
    {
      name: 'login-button',
      category: 'paywall',
      pattern:
        '(?:entrar|sair|assinar|assine(?:\\s+já)?|subscrever|registar|registrar|cadastrar|iniciar\\s+sessão|terminar\\s+sessão|(?:a\\s+)?minha\\s+conta|exclusivo\\s+(?:para\\s+)?assinantes|só\\s+para\\s+assinantes|conteúdo\\s+exclusivo|exclusivo\\s+p/\\s*assinantes)',
      scope: 'whole',
      weight: 1,
      note: 'Account buttons and subscriber badges alone on a line ("Entrar", "Exclusivo para assinantes").',
    },

    // ── newsletter ──────────────────────────────────────────────────────────────────────
    {
      name: 'newsletter',
      category: 'newsletter',
      pattern:
        '(?:assine|subscreva|inscreva-se|receba)\\s+(?:gratuitamente\\s+|grátis\\s+)?(?:a|as|na|nas|à|às|o|os|nossa|nossas|nosso)\\s+(?:nossa\\s+|nossas\\s+)?(?:\\p{L}+\\s+){0,2}(?:newsletters?|boletim)|(?:no|na)\\s+(?:seu|sua|teu|tua)\\s+(?:e-?mail|caixa\\s+de\\s+(?:correio|entrada))|(?:o\\s+)?seu\\s+(?:endereço\\s+de\\s+)?e-?mail\\s*[:*]',
      scope: 'any',
      weight: 1,
      note: '"Subscreva a nossa newsletter", "Receba a newsletter no seu e-mail".',
    },
    {
      name: 'email-field',
      category: 'newsletter',
      pattern:
        '(?:o\\s+)?(?:seu|teu)\\s+melhor\\s+e-?mail|(?:pode|podes|poderá)\\s+(?:cancelar|anular)\\s+a\\s+(?:sua|tua)\\s+(?:subscrição|inscrição)\\s+(?:\\p{L}+\\s+){0,2}a\\s+qualquer\\s+(?:momento|altura)|ao\\s+(?:se\\s+)?(?:inscrever|subscrever|cadastrar|registar|registrar)(?:-se)?(?:\\s*,\\s*|\\s+)(?:você\\s+)?(?:concorda|aceita|declara|autoriza)',
      scope: 'any',
      weight: 1,
      note: 'Sign-up box copy and fine print ("Digite seu melhor e-mail", "Pode cancelar a sua subscrição a qualquer momento", "Ao se inscrever, você concorda"). Not "Receba em seu email nosso ebook …": a blog\'s own closing offer, kept by the dev truth.',
    },
    {
      name: 'newsletter-heading',
      category: 'newsletter',
      pattern:
        '(?:a\\s+nossa\\s+|as\\s+nossas\\s+|nossa\\s+|nossas\\s+)?newsletters?(?:\\s+(?:diária|semanal|gratuita|d[oa]\\s+\\S+(?:\\s+\\S+)?))?|boletim(?:\\s+(?:diário|semanal|informativo))?|(?:inscreva-se|subscreva|assine|registe-se|cadastre-se)\\s+(?:n[ao]s?\\s+|a\\s+|à\\s+)?(?:nossa\\s+)?(?:newsletters?|boletim)|(?:digite|insira|introduza|informe|coloque|escreva|indique|deixe)\\s+(?:aqui\\s+)?(?:o\\s+)?(?:seu|teu)\\s+(?:melhor\\s+)?(?:endereço\\s+de\\s+)?e-?mail(?:\\s+(?:aqui|abaixo))?|receba\\s+(?:as\\s+|nossas\\s+)?(?:notícias|novidades|newsletters?)(?:\\s+(?:por|no|em)\\s+(?:seu\\s+)?e-?mail)?',
      scope: 'whole',
      weight: 1,
      note: 'Newsletter box headings and form labels alone on a line ("Newsletter", "Receba as novidades", "Digite seu e-mail"): a how-to article says "informe seu e-mail" inside a sentence.',
    },

    // ── promo ───────────────────────────────────────────────────────────────────────────
    {
      name: 'siga-nos',
      category: 'promo',
      pattern:
        'siga-nos|segue-nos|sigam-nos|siga\\s+o\\s+\\p{L}+\\s+(?:no|nas|na)\\s+(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok|youtube|linkedin|threads|bluesky)|(?:descarregue|baixe|instale)\\s+(?:a\\s+|o\\s+)?(?:nossa\\s+|nosso\\s+)?(?:app|aplicação|aplicativo)|ouça\\s+(?:o|este)\\s+(?:\\p{L}+\\s+){0,2}podcast|ofereça\\s+(?:uma\\s+)?assinatura',
      scope: 'any',
      weight: 1,
      note: 'Follow, app, podcast and gift promos ("Siga-nos no Instagram", "Baixe o nosso aplicativo").',
    },
    {
      name: 'canal-whatsapp',
      category: 'promo',
      pattern:
        '(?:siga|sigam|segue|participe|entre|junte-se|inscreva-se|acompanhe)\\s+(?:[oa]\\s+|n[oa]\\s+|a[oa]\\s+|d[oa]\\s+)?(?:nosso\\s+|nossa\\s+)?(?:canal|grupo|comunidade|perfil|página|conta)\\s+(?:\\S+\\s+){0,3}(?:n[oa]|d[oa]|pelo)\\s+(?:whatsapp|telegram|instagram|youtube|tiktok|facebook|twitter|x|threads|bluesky|linkedin|google\\s+news)(?![\\p{L}])|siga\\s+(?:[oa]s?\\s+)?(?:\\S+\\s+){1,3}(?:n[oa]s?|pelo)\\s+(?:whatsapp|telegram|instagram|youtube|tiktok|facebook|twitter|x|threads|bluesky|linkedin|google\\s+news)(?![\\p{L}])|receba\\s+(?:as\\s+|os\\s+)?(?:\\p{L}+\\s+){0,2}(?:notícias|novidades|alertas|conteúdos?|vídeos)\\s+(?:\\S+\\s+){0,5}(?:n[oa]|pelo|via)\\s+(?:whatsapp|telegram|seu\\s+celular|seu\\s+telemóvel|teu\\s+telemóvel)|(?:descarregue|baixe|instale|experimente)\\s+(?:já\\s+|agora\\s+|gratuitamente\\s+|grátis\\s+)?(?:[oa]\\s+)?(?:nossa\\s+|nosso\\s+)?(?:\\p{L}+\\s+)?(?:app|aplicação|aplicativo)(?![\\p{L}])|(?:disponível|ouça)\\s+(?:também\\s+)?n[oa]\\s+(?:spotify|apple\\s+podcasts|deezer|youtube|google\\s+podcasts|amazon\\s+music)|n[ao]\\s+(?:sua|tua)\\s+(?:plataforma|aplicação|app)\\s+de\\s+podcasts?\\s+(?:favorita|preferida|habitual)',
      scope: 'start',
      weight: 1,
      note: 'Channel, app and podcast promos at a sentence start ("Siga o canal do g1 no WhatsApp", "Receba as notícias no WhatsApp", "Disponível no Spotify").',
    },
    {
      name: 'contacte-nos',
      category: 'promo',
      pattern:
        '(?:escreva-nos|envie-nos|contacte-nos|contate-nos|contactem-nos|fale\\s+(?:connosco|conosco)|fale\\s+com\\s+a\\s+(?:nossa\\s+)?(?:redação|redacção)|(?:envie|mande)\\s+(?:\\p{L}+\\s+)?(?:a\\s+)?(?:sua|tua)\\s+(?:sugestão|denúncia|pergunta|história|foto|fotografia|notícia|mensagem|dúvida)|(?:tem|você\\s+tem|tens)\\s+(?:uma\\s+|alguma\\s+)?(?:sugestão|denúncia|informação|história|pergunta|dúvida)\\s+(?:de\\s+(?:pauta|reportagem|notícia)|para\\s+(?:nós|a\\s+(?:nossa\\s+)?(?:redação|redacção)|o\\s+\\S+)|sobre\\s+(?:este|esse)\\s+(?:tema|assunto))|(?:quer|queres)\\s+(?:contar|partilhar|compartilhar)\\s+(?:a\\s+)?(?:sua|tua)\\s+(?:história|experiência))(?![\\p{L}])',
      scope: 'start',
      weight: 1,
      note: 'Tip lines ("Tem uma sugestão de pauta? Escreva para …", "Envie sua denúncia pelo WhatsApp", "Fale conosco").',
    },

    // ── related ─────────────────────────────────────────────────────────────────────────
    {
      name: 'leia-tambem',
      category: 'related',
      pattern:
        '(?:leia|lê)\\s+(?:também|mais)(?![\\p{L}])|veja\\s+também(?![\\p{L}])|(?:mais\\s+lidas?|mais\\s+vistas?|relacionad[oa]s|recomendad[oa]s|(?:pode|poderá)\\s+(?:também\\s+)?(?:gostar|interessar)|saiba\\s+mais)\\s*(?::|\\||»|›|>|–|—)',
      scope: 'start',
      weight: 1,
      note: '"Leia também: <título>", "Veja também", "Saiba mais:".',
    },
    {
      name: 'clique-aqui',
      category: 'related',
      pattern:
        '(?:clique|clica|cliquem|carregue|toque)\\s+(?:aqui|abaixo|acima|n[oa]s?\\s+\\p{L}+|n[oa]s?\\s+\\p{L}+\\s+(?:acima|abaixo|ao\\s+lado|d[oa]\\s+\\p{L}+))\\s+e\\s+(?:veja|saiba|confira|leia|assista|ouça|conheça|acompanhe|descubra)(?![\\p{L}])|(?:confira|assista|ouça|vê|veja)\\s+(?:também|mais)(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: 'Teasers addressing the reader ("Clique na imagem acima e veja …", "Clique aqui e saiba …", "Confira também"); medium: an article points to its own gallery or table so too (the dev truth keeps "Clique no link para ver o calendário"), and at 1 these sidebar lines cut a dev page\'s article run before the footnotes its truth keeps.',
    },
    {
      name: 'related-heading',
      category: 'related',
      pattern:
        '(?:leia|lê)\\s+(?:também|mais)|ler\\s+mais|veja\\s+também|saiba\\s+mais|(?:os\\s+|as\\s+)?mais\\s+(?:lid[oa]s|vist[oa]s)|(?:artigos|notícias|conteúdos)\\s+relacionad[oa]s|relacionad[oa]s|recomendad[oa]s(?:\\s+para\\s+(?:si|você))?|(?:também\\s+)?(?:pode|poderá)\\s+(?:gostar|interessar)(?:-lhe)?|(?:você|tu)\\s+(?:pode|podes)\\s+gostar|últimas\\s+notícias|em\\s+destaque|mais\\s+sobre\\s+\\S+(?:\\s+\\S+){0,2}|(?:confira|assista|veja|vê)\\s+(?:também|mais)|ver\\s+mais|outras\\s+notícias|mais\\s+notícias(?:\\s+(?:sobre|de|do|da)\\s+\\S+(?:\\s+\\S+){0,2})?|(?:notícias|assuntos|temas)\\s+relacionad[oa]s|(?:próxima|próximo)\\s+(?:notícia|artigo|matéria)|(?:notícia|artigo|matéria)\\s+(?:anterior|seguinte)|leia\\s+a\\s+seguir|a\\s+seguir|(?:as\\s+)?mais\\s+recentes',
      scope: 'whole',
      weight: 1,
      note: 'Headings of related lists ("Leia também", "Mais lidas", "Pode interessar-lhe").',
    },

    // ── share ───────────────────────────────────────────────────────────────────────────
    {
      name: 'partilhar',
      category: 'share',
      pattern:
        '(?:partilhar|compartilhar|partilhe|compartilhe)(?:\\s+(?:no|na|em|este\\s+artigo|esta\\s+notícia|por\\s+e-?mail)(?:\\s+\\p{L}+)?)?|imprimir|guardar|salvar|copiar\\s+(?:o\\s+)?link|link\\s+copiado|enviar\\s+por\\s+e-?mail|ouvir(?:\\s+(?:este\\s+)?artigo)?|oferecer\\s+(?:este\\s+)?artigo',
      scope: 'whole',
      weight: 1,
      note: 'Share-bar labels alone on a line ("Partilhar", "Compartilhar no WhatsApp", "Oferecer artigo").',
    },
    {
      name: 'partilhe-artigo',
      category: 'share',
      pattern:
        '(?:partilhe|compartilhe|partilha|compartilha|envie)\\s+(?:este|esta|esse|essa)\\s+(?:artigo|notícia|reportagem|matéria|texto|página|conteúdo|vídeo|link)(?:\\s+(?:com|n[oa]s?|por|pelo|via)\\s+[^\\n]{0,60})?\\s*(?:[.!:]|$)|(?:partilhe|compartilhe)\\s+(?:n[oa]|pelo|via)\\s+(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|messenger|bluesky|threads)',
      scope: 'start',
      weight: 1,
      note: '"Compartilhe esta notícia", "Partilhe este artigo com os seus amigos", "Compartilhe no WhatsApp": the imperative, at a sentence start.',
    },

    // ── ad ──────────────────────────────────────────────────────────────────────────────
    {
      name: 'publicidade',
      category: 'ad',
      pattern:
        'publicidade|anúncio|patrocinado|conteúdo\\s+patrocinado|conteúdo\\s+de\\s+marca|publieditorial|brand\\s+story|em\\s+parceria\\s+com\\s+\\S+(?:\\s+\\S+){0,3}|(?:a\\s+)?(?:notícia|reportagem|texto|artigo)\\s+continua\\s+(?:após|depois\\s+d[ao])\\s+(?:a\\s+)?publicidade|continua\\s+(?:após|depois\\s+d[ao])\\s+(?:a\\s+)?publicidade|oferecido\\s+por\\s+\\S+(?:\\s+\\S+){0,2}',
      scope: 'whole',
      weight: 1,
      note: 'Ad slot labels ("Publicidade", "Continua após a publicidade", "Conteúdo patrocinado").',
    },
    {
      name: 'patrocinado-por',
      category: 'ad',
      pattern:
        '(?:patrocinado|patrocinada|conteúdo\\s+patrocinado|apresentado|apresentada|oferecido|oferecida|promovido|promovida|uma\\s+iniciativa)\\s+(?:por|de)(?![\\p{L}])',
      scope: 'start',
      weight: 0.6,
      note: 'Sponsor lines ("Patrocinado por …", "Uma iniciativa de …"); medium because an article can report sponsorship.',
    },
    {
      name: 'links-afiliados',
      category: 'ad',
      pattern:
        '(?:nós\\s+)?(?:podemos|poderemos|podemos\\s+vir\\s+a)\\s+(?:receber|ganhar|obter)\\s+(?:uma\\s+)?(?:pequena\\s+)?comiss(?:ão|ões)|(?:este|esta|o|a)\\s+(?:artigo|texto|página|matéria|conteúdo|post|publicação)\\s+(?:\\p{L}+\\s+)?(?:contém|inclui|pode\\s+conter|tem)\\s+links?\\s+(?:de\\s+)?afiliad[oa]s?|(?:os\\s+)?produtos\\s+(?:foram\\s+|são\\s+)?(?:escolhidos|selecionados|seleccionados)\\s+(?:de\\s+forma\\s+independente|independentemente)\\s+pel[oa]s?\\s+(?:nossa|nosso|nossos|nossas)(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: "Affiliate disclosures in the outlet's voice ('Podemos receber uma comissão pelas compras', 'Este artigo contém links de afiliados').",
    },

    // ── cookie ──────────────────────────────────────────────────────────────────────────
    {
      name: 'utilizamos-cookies',
      category: 'cookie',
      pattern:
        '(?:utilizamos|usamos)\\s+(?:\\p{L}+\\s+){0,2}cookies|(?:este|o\\s+nosso|nosso)\\s+(?:site|sítio|website|portal)\\s+(?:utiliza|usa)\\s+cookies|ao\\s+(?:continuar|prosseguir)\\s+(?:a\\s+navegar|navegando|a\\s+utilizar|com\\s+a\\s+navegação)|nós\\s+e\\s+os\\s+nossos\\s+parceiros',
      scope: 'any',
      weight: 1,
      note: 'Cookie banners ("Utilizamos cookies", "Ao continuar a navegar, …").',
    },
    {
      name: 'cookie-consent-copy',
      category: 'cookie',
      pattern:
        'ao\\s+clicar\\s+em\\s+["“\\x27]?(?:aceitar|aceito|concordo|ok|continuar|permitir|aceitar\\s+todos)|(?:você|tu)\\s+(?:concorda|concordas|aceita|aceitas|consente|consentes)\\s+com\\s+(?:o\\s+|a\\s+)?(?:uso|utilização|armazenamento|nossa\\s+política|política)\\s+(?:de\\s+|dos\\s+)?(?:cookies|privacidade)|nós\\s+e\\s+(?:os\\s+)?nossos\\s+(?:parceiros|fornecedores)|(?:gerir|gerenciar|personalizar)\\s+(?:as\\s+)?(?:suas\\s+|tuas\\s+)?(?:preferências|definições|configurações|escolhas)\\s+(?:de\\s+)?(?:cookies|consentimento)',
      scope: 'any',
      weight: 1,
      note: 'Consent banner copy ("Ao clicar em Aceitar, …", "você concorda com o uso de cookies", "Nós e nossos parceiros").',
    },
    {
      name: 'consent-button',
      category: 'cookie',
      pattern:
        'aceitar(?:\\s+(?:tudo|todos|e\\s+fechar|cookies))?|rejeitar(?:\\s+(?:tudo|todos))?|recusar(?:\\s+tudo)?|aceito|concordo|entendi|ok,?\\s+entendi|gerir\\s+(?:as\\s+)?(?:preferências|opções|cookies)|gerenciar\\s+(?:preferências|cookies)|mais\\s+opções|definições(?:\\s+de\\s+cookies)?|configurações(?:\\s+de\\s+cookies)?',
      scope: 'whole',
      weight: 0.6,
      note: 'Consent buttons ("Aceitar", "Rejeitar tudo"); medium: a one-word line.',
    },

    // ── comments ────────────────────────────────────────────────────────────────────────
    {
      name: 'comentarios',
      category: 'comments',
      pattern:
        '(?:\\d[\\d.]*|sem)\\s+comentários?|comentários?\\s*\\(\\s*\\d+\\s*\\)|comentários|(?:ver|mostrar|ler)\\s+(?:os\\s+)?(?:\\d+\\s+)?comentários|deixe\\s+(?:o\\s+seu|seu|um|uma)\\s+(?:comentário|resposta)|comente|comentar|escreva\\s+um\\s+comentário|cancelar\\s+resposta|(?:publicar|enviar)\\s+comentário|\\d+\\s+respostas?|ver\\s+(?:mais\\s+)?respostas',
      scope: 'whole',
      weight: 1,
      note: '"12 comentários", "Ver comentários", "Comentar" alone on a line.',
    },
    {
      name: 'comentario-prompt',
      category: 'comments',
      pattern:
        '(?:deixe|escreva|faça|adicione)\\s+(?:aqui\\s+)?(?:o\\s+)?(?:seu|teu|um)\\s+comentário|(?:faça\\s+(?:o\\s+)?login|inicie\\s+sessão|entre|cadastre-se|registe-se|registre-se|assine|identifique-se)\\s+para\\s+(?:comentar|participar|deixar\\s+(?:o\\s+seu\\s+|seu\\s+|um\\s+)?comentário)|(?:os\\s+)?comentários\\s+(?:estão|encontram-se)\\s+(?:fechados|encerrados|desativados|desactivados)(?:\\s+(?:para\\s+)?(?:este|esta|neste|nesta)\\s+(?:artigo|notícia|página|post|texto|matéria))?\\s*(?:[.!]|$)|(?:o\\s+que\\s+(?:você\\s+)?achou(?:\\s+(?:disso|disto|deste\\s+\\p{L}+|desta\\s+\\p{L}+))?|qual\\s+(?:é\\s+)?a\\s+sua\\s+opinião|dê\\s+a\\s+sua\\s+opinião)\\s*\\?',
      scope: 'any',
      weight: 1,
      note: 'Comment prompts ("Deixe seu comentário", "Faça login para comentar", "O que você achou?").',
    },
    {
      name: 'politica-comentarios',
      category: 'comments',
      pattern:
        '(?:os\\s+)?comentários\\s+(?:\\p{L}+\\s+){0,3}(?:são|é)\\s+de\\s+(?:(?:inteira|exclusiva|total|única)\\s+responsabilidade|responsabilidade\\s+(?:exclusiva|única))\\s+(?:d[oa]s?|de)\\s+(?:seus\\s+|respetivos\\s+|respectivos\\s+)?(?:autores|leitores|internautas|usuários|utilizadores)|(?:política|regras|normas|termos)\\s+de\\s+(?:uso\\s+d[oa]s\\s+|utilização\\s+d[oa]s\\s+)?comentários',
      scope: 'any',
      weight: 1,
      note: 'Notices under the comment box ("Os comentários são de responsabilidade exclusiva de seus autores", "Regras de comentários").',
    },
    {
      name: 'moderacao',
      category: 'comments',
      pattern:
        'não\\s+serão\\s+(?:aprovad|publicad|aceit|exibid)\\p{L}*\\s+pel[oa]s?\\s+(?:moderador|moderadores|moderação)|(?:comentários|mensagens|comentário)\\s+(?:\\p{L}+\\s+){0,3}(?:estão|são|serão|ficam|está|será)\\s+sujeit[oa]s?\\s+(?:a|à)\\s+(?:moderação|aprovação)',
      scope: 'any',
      weight: 0.6,
      note: 'Moderation notices ("… não serão aprovados pelo moderador", "Os comentários estão sujeitos a moderação"); medium: at 1 the notice cut a dev page\'s article run before the footnotes its truth keeps.',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        'termos\\s+(?:e\\s+condições|de\\s+uso|de\\s+utilização)|política\\s+de\\s+privacidade|privacidade|ficha\\s+técnica|estatuto\\s+editorial|contactos|contato|fale\\s+conosco|quem\\s+somos|expediente|mapa\\s+do\\s+site|acessibilidade|pesquisar|pesquisa|buscar|busca|início|página\\s+inicial|voltar\\s+ao\\s+topo|ir\\s+para\\s+o\\s+conteúdo(?:\\s+principal)?|secções|seções|assinaturas|edição\\s+impressa|livro\\s+de\\s+estilo|provedor\\s+do\\s+leitor|política\\s+de\\s+cookies|termos\\s+de\\s+serviço|aviso\\s+legal|trabalhe\\s+(?:conosco|connosco)|anuncie(?:\\s+(?:aqui|conosco|connosco))?|perguntas\\s+frequentes|(?:central|área)\\s+d[oe]\\s+(?:assinante|cliente|leitor)|sobre\\s+nós',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Estatuto editorial", "Fale conosco").',
    },
    {
      name: 'direitos-reservados',
      category: 'navigation',
      pattern:
        'todos\\s+os\\s+direitos\\s+reservados|(?:é\\s+)?(?:expressamente\\s+)?(?:proibida|vedada|interdita)\\s+a\\s+(?:sua\\s+)?(?:reprodução|cópia|redistribuição)(?:\\s+(?:total\\s+ou\\s+parcial|deste\\s+conteúdo))?|reprodução\\s+(?:total\\s+ou\\s+parcial\\s+)?proibida',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("Todos os direitos reservados", "É proibida a reprodução").',
    },
    {
      name: 'tags',
      category: 'navigation',
      pattern: '(?:tags|etiquetas|tópicos|palavras-chave)\\s*:\\s*[^\\n]{1,200}',
      scope: 'whole',
      weight: 1,
      note: 'A tag label with its list on one line ("Tópicos: Governo, Saúde", "Tags: eleições, Lula").',
    },
    {
      name: 'tags-label',
      category: 'navigation',
      pattern: 'tags|etiquetas|tópicos|palavras-chave',
      scope: 'whole',
      weight: 0.6,
      note: 'A bare tag label ("Tags"); medium: at 1 it took a dev page\'s source line, which the truth keeps, into its run.',
    },

    // ── other ───────────────────────────────────────────────────────────────────────────
    {
      name: 'date-line',
      category: 'other',
      pattern: `(?:(?:atualizado|actualizado|publicado|atualização)(?:\\s*:\\s*|\\s+(?:em\\s+|a\\s+)?))?(?:(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?,?\\s+|(?:sábado|domingo),?\\s+)?${DATE}${TIME}?`,
      scope: 'whole',
      weight: 1,
      note: 'A line that is only a date ("3.nov.2025 às 9h02", "Atualizado em 3 de novembro de 2025"): dates go to metadata.',
    },
    {
      name: 'photo-credit',
      category: 'other',
      pattern:
        "(?:foto|fotografia|imagem|vídeo|ilustração|créditos?)\\s*:\\s*[^\\n]{0,80}|\\(?(?:lusa|folhapress|agência\\s+brasil|estadão\\s+conteúdo)(?:\\s*/\\s*[^\\n]{0,60})?\\)?|[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,5}\\s?/\\s?(?:folhapress|lusa|reuters|afp|ap|getty\\s+images|agência\\s+brasil|estadão\\s+conteúdo)|(?:reprodução|divulgação|arquivo\\s+pessoal|acervo\\s+pessoal|arquivo)(?:\\s*/\\s*[^\\n]{0,60})?|[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,5}\\s?/\\s?(?:divulgação|reprodução|arquivo|arquivo\\s+pessoal|agência\\s+\\p{L}+|o\\s+globo|estadão|afp|efe|epa)(?:\\s*/\\s*[^\\n]{0,40})?",
      scope: 'whole',
      weight: 1,
      note: 'Photo credits ("Pedro Ladeira/Folhapress", "Foto: Lusa", "Reprodução/Instagram", "João Silva/Divulgação").',
    },
    {
      name: 'date-relative',
      category: 'other',
      pattern: `(?:${DATE}${TIME}?(?:\\s*[-–|·•]\\s*|\\s+))?(?:(?:atualizado|actualizado|atualizada|actualizada|publicado|publicada|postado|atualização)\\s+)?há\\s+(?:\\d+|um|uma|dois|duas|três|poucos|alguns)\\s+(?:segundos|minutos?|min|horas?|h|dias?|semanas?|mês|meses|anos?)`,
      scope: 'whole',
      weight: 1,
      note: 'Relative time stamps alone on a line ("Atualizado há 2 horas", "03/11/2025 09h02 Atualizado há 2 horas"): dates go to metadata.',
    },
    {
      name: 'tempo-de-leitura',
      category: 'other',
      pattern:
        '(?:tempo\\s+(?:estimado\\s+)?de\\s+)?leitura(?:\\s*:\\s*|\\s+)(?:de\\s+)?(?:cerca\\s+de\\s+)?\\d+\\s*min(?:utos?|\\.)?|\\d+\\s*min(?:utos?|\\.)?\\s+(?:de\\s+)?leitura',
      scope: 'whole',
      weight: 1,
      note: '"Leitura: 4 min", "Tempo de leitura 3 min", "5 min de leitura" labels.',
    },
    {
      name: 'byline-por',
      category: 'other',
      pattern: `por\\s+${NOT_NAME}[\\p{L}\\d.'-]+(?:\\s+(?:e\\s+)?${NOT_NAME}[\\p{L}\\d.'-]+){0,5}\\s*[—–]\\s*\\p{L}+(?:\\s+\\p{L}+){0,3}|por\\s+(?:(?:a\\s+)?redação|redacção|(?:da\\s+)?agência\\s+\\p{L}+|lusa|folhapress|estadão\\s+conteúdo)(?:\\s*(?:,|com|e)\\s*(?:a\\s+)?(?:agências|lusa|reuters|afp|ap|efe|agência\\s+\\p{L}+))?`,
      scope: 'whole',
      weight: 1,
      note: 'Bylines alone on a line that the Spanish rule misses: with a place after a dash ("Por g1 SP — São Paulo") or an agency or desk ("Por Redação", "Por Agência Brasil").',
    },
    {
      name: 'sobre-o-autor',
      category: 'other',
      pattern:
        "[Ss]obre\\s+(?:[oa]\\s+autor[a]?|[oa]s\\s+autor[ae]s|[oa]\\s+colunista|\\p{Lu}[\\p{L}'-]+(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}[\\p{L}'-]+){1,3})|(?:[OoAa]\\s+)?[Aa]utor(?:a)?\\s*:\\s*\\p{Lu}[\\p{L}'-]+(?:\\s+(?:d[aeo]s?\\s+)?\\p{Lu}[\\p{L}'-]+){0,4}",
      caseSensitive: true,
      scope: 'whole',
      weight: 1,
      note: 'Author-box headings ("Sobre o autor", "Sobre Ana Souza", "Autora: Ana Souza"); case-sensitive so the name needs capitals.',
    },
    {
      name: 'nota-do-autor',
      category: 'other',
      pattern:
        '(?:o\\s+autor|a\\s+autora|os\\s+autores|as\\s+autoras|este\\s+(?:artigo|texto)|esta\\s+crónica)\\s+(?:\\p{L}+\\s+){0,2}(?:escreve|escrevem|está\\s+escrito|foi\\s+escrito|segue|respeita|usa|utiliza)\\s+(?:\\p{L}+\\s+){0,4}acordo\\s+ortográfico|(?:escreve|escreveu)\\s+(?:às|aos)\\s+(?:segundas|terças|quartas|quintas|sextas|sábados|domingos)(?:-feiras)?(?:\\s+(?:e\\s+)?(?:às\\s+|aos\\s+)?(?:segundas|terças|quartas|quintas|sextas|sábados|domingos)(?:-feiras)?)?(?:\\s+(?:quinzenalmente|neste\\s+espaço))?\\s*(?:[.!]|$)|(?:as\\s+)?(?:opiniões|opinião|conteúdo|texto|artigo|coluna)\\s+(?:\\p{L}+\\s+){0,3}(?:são|é)\\s+de\\s+(?:(?:inteira|exclusiva|total|única|plena)\\s+responsabilidade|responsabilidade\\s+(?:exclusiva|única))\\s+(?:d[oa]s?|de\\s+seus|de\\s+sua|de\\s+seu)\\s+(?:respetiv\\p{L}+\\s+|respectiv\\p{L}+\\s+)?(?:autor|autora|autores|autoras|colunista|colunistas|articulista|signatário|signatária|signatários)|não\\s+(?:reflete|refletem|reflecte|reflectem|representa|representam|traduz|traduzem)\\s+(?:necessariamente\\s+(?:a\\s+)?(?:opinião|posição|linha\\s+editorial|visão|ponto\\s+de\\s+vista)\\s+(?:d[oa]|dest[ea])\\s+(?:site|blog|portal|jornal|revista|veículo|publicação)|(?:a\\s+)?(?:opinião|posição|linha\\s+editorial|visão)\\s+dest[ea]\\s+(?:site|blog|portal|jornal|revista|veículo|publicação))(?![\\p{L}])',
      scope: 'any',
      weight: 1,
      note: 'Notes under opinion pieces ("O autor escreve segundo o antigo acordo ortográfico", "Escreve às quintas", "O conteúdo é de inteira responsabilidade do autor", "não reflete necessariamente a opinião do site").',
    },
  ],
};
