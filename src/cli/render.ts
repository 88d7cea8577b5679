/** What the CLI writes for one result, in each output format. */
import type { Block, Separation } from '../types.js';

/** The output formats of the CLI. */
export const OUTPUT_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The file extension of each output format (outputs under --out take it). */
export const EXTENSION: Record<OutputFormat, string> = {
  text: '.txt',
  markdown: '.md',
  html: '.html',
  json: '.json',
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Kept blocks of a text input as HTML: text input has no markup of its own, so all is escaped. */
function textBlocksHtml(kept: Block[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of kept) {
    const list = b.kind === 'list-item';
    if (list !== inList) out.push(list ? '<ul>' : '</ul>');
    inList = list;
    const text = escapeHtml(b.text);
    if (b.kind === 'heading') out.push(`<h2>${text}</h2>`);
    else if (list) out.push(`<li>${text}</li>`);
    else out.push(`<p>${text}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

/**
 * A whole HTML document for the kept blocks: the HTML path's clean HTML (built from a
 * whitelist of tags) or escaped text blocks, with a charset so the file opens right.
 */
function htmlDocument(r: Separation): string {
  const body = r.html ?? textBlocksHtml(r.blocks.filter((b) => b.label === 'content'));
  const title = r.metadata.title ? `\n<title>${escapeHtml(r.metadata.title)}</title>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(r.language)}">
<head>
<meta charset="utf-8">${title}
</head>
<body>
<article>
${body}
</article>
</body>
</html>
`;
}

/** The output for one result. Text and Markdown end with a newline unless empty. */
export function render(r: Separation, format: OutputFormat): string {
  switch (format) {
    case 'text':
      return r.text ? `${r.text}\n` : '';
    case 'markdown': {
      // Text input has no Markdown of its own: its paragraphs are Markdown paragraphs.
      const md = r.markdown ?? r.text;
      return md ? `${md}\n` : '';
    }
    case 'html':
      return htmlDocument(r);
    case 'json':
      return `${JSON.stringify(r, null, 2)}\n`;
  }
}
