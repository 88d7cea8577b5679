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
      name: 'related-heading',
      category: 'related',
      pattern:
        '(?:leia|lê)\\s+(?:também|mais)|ler\\s+mais|veja\\s+também|saiba\\s+mais|(?:os\\s+|as\\s+)?mais\\s+(?:lid[oa]s|vist[oa]s)|(?:artigos|notícias|conteúdos)\\s+relacionad[oa]s|relacionad[oa]s|recomendad[oa]s(?:\\s+para\\s+(?:si|você))?|(?:também\\s+)?(?:pode|poderá)\\s+(?:gostar|interessar)(?:-lhe)?|(?:você|tu)\\s+(?:pode|podes)\\s+gostar|últimas\\s+notícias|em\\s+destaque|mais\\s+sobre\\s+\\S+(?:\\s+\\S+){0,2}',
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
        '(?:\\d[\\d.]*|sem)\\s+comentários?|comentários?\\s*\\(\\s*\\d+\\s*\\)|comentários|(?:ver|mostrar|ler)\\s+(?:os\\s+)?(?:\\d+\\s+)?comentários|deixe\\s+(?:o\\s+seu|um)\\s+comentário|comente|comentar|escreva\\s+um\\s+comentário',
      scope: 'whole',
      weight: 1,
      note: '"12 comentários", "Ver comentários", "Comentar" alone on a line.',
    },

    // ── navigation / legal ──────────────────────────────────────────────────────────────
    {
      name: 'legal-links',
      category: 'navigation',
      pattern:
        'termos\\s+(?:e\\s+condições|de\\s+uso|de\\s+utilização)|política\\s+de\\s+privacidade|privacidade|ficha\\s+técnica|estatuto\\s+editorial|contactos|contato|fale\\s+conosco|quem\\s+somos|expediente|mapa\\s+do\\s+site|acessibilidade|pesquisar|pesquisa|buscar|busca|início|página\\s+inicial|voltar\\s+ao\\s+topo|ir\\s+para\\s+o\\s+conteúdo(?:\\s+principal)?|secções|seções|assinaturas|edição\\s+impressa|livro\\s+de\\s+estilo|provedor\\s+do\\s+leitor',
      scope: 'whole',
      weight: 1,
      note: 'Footer and menu links alone on a line ("Estatuto editorial", "Fale conosco").',
    },
    {
      name: 'direitos-reservados',
      category: 'navigation',
      pattern:
        'todos\\s+os\\s+direitos\\s+reservados|(?:é\\s+)?proibida\\s+a\\s+reprodução(?:\\s+(?:total\\s+ou\\s+parcial|deste\\s+conteúdo))?',
      scope: 'any',
      weight: 1,
      note: 'Footer legal lines ("Todos os direitos reservados", "É proibida a reprodução").',
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
        "(?:foto|fotografia|imagem|vídeo|ilustração|créditos?)\\s*:\\s*[^\\n]{0,80}|\\(?(?:lusa|folhapress|agência\\s+brasil|estadão\\s+conteúdo)(?:\\s*/\\s*[^\\n]{0,60})?\\)?|[\\p{L}.'-]+(?:\\s[\\p{L}.'-]+){0,5}\\s?/\\s?(?:folhapress|lusa|reuters|afp|ap|getty\\s+images|agência\\s+brasil|estadão\\s+conteúdo)|(?:tempo\\s+de\\s+leitura(?:\\s*:\\s*|\\s+)\\d+\\s*min(?:utos?|\\.)?|\\d+\\s*min(?:utos?|\\.)?\\s+de\\s+leitura)",
      scope: 'whole',
      weight: 1,
      note: 'Photo credits ("Pedro Ladeira/Folhapress", "Foto: Lusa") and reading-time labels.',
    },
  ],
};
