/**
 * Stage `render` for HTML: the kept blocks as Markdown and as clean HTML. Block HTML was
 * built from text and a whitelist of inline tags (a, em, strong, code, img) with URLs
 * checked, so no script, event handler, inline style or javascript: URL can get through.
 */
import type { Block } from '../types.js';

function isOrdered(b: Block): boolean {
  return b.dom?.inside.includes('ol') === true;
}

/** Markdown for the kept blocks. List items of one run are not separated by blank lines. */
export function renderMarkdown(kept: Block[]): string {
  const out: string[] = [];
  let prevList = false;
  for (const b of kept) {
    const md = b.markdown ?? b.text;
    let line: string;
    if (b.kind === 'heading') line = `${'#'.repeat(b.dom?.headingLevel ?? 2)} ${md}`;
    else if (b.kind === 'list-item') line = `${isOrdered(b) ? '1.' : '-'} ${md}`;
    else if (b.kind === 'quote') line = `> ${md}`;
    else if (b.kind === 'code') line = `\`\`\`\n${b.text}\n\`\`\``;
    else line = md;
    const list = b.kind === 'list-item';
    out.push(out.length === 0 ? line : list && prevList ? `\n${line}` : `\n\n${line}`);
    prevList = list;
  }
  return out.join('');
}

/** Clean HTML for the kept blocks. */
export function renderHtml(kept: Block[]): string {
  const out: string[] = [];
  let inList = false;
  for (const b of kept) {
    const inner = b.html ?? b.text;
    const list = b.kind === 'list-item';
    if (list && !inList) out.push('<ul>');
    if (!list && inList) out.push('</ul>');
    inList = list;
    if (b.kind === 'heading') {
      const h = `h${b.dom?.headingLevel ?? 2}`;
      out.push(`<${h}>${inner}</${h}>`);
    } else if (list) out.push(`<li>${inner}</li>`);
    else if (b.kind === 'quote') out.push(`<blockquote><p>${inner}</p></blockquote>`);
    else if (b.kind === 'code') out.push(`<pre><code>${inner}</code></pre>`);
    else if (b.kind === 'caption') out.push(`<figure><figcaption>${inner}</figcaption></figure>`);
    else out.push(`<p>${inner}</p>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
