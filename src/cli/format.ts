/** Human-readable views of a {@link Separation} for the terminal. */
import type { Block, Separation } from '../types.js';

const paint = (on: boolean, code: string, s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function reasonLine(b: Block): string {
  return b.reasons
    .filter((r) => r.weight !== 0 || r.stage === 'guard')
    .map((r) => `${r.rule} ${r.weight > 0 ? '+' : ''}${r.weight} (${r.evidence})`)
    .join('; ');
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** Removed blocks: category, confidence, reasons. */
export function formatRemoved(r: Separation, color = false): string {
  if (r.removed.length === 0) return 'nothing removed\n';
  const lines = r.removed.map((b) => {
    const head = `#${b.index} ${b.category} ${b.confidence.toFixed(2)}${b.repeatOf !== undefined ? ` repeat of #${b.repeatOf}` : ''}`;
    return `${paint(color, '31', head)}\n  ${clip(b.text, 100)}\n  ${paint(color, '2', `why: ${reasonLine(b)}`)}`;
  });
  const guard = r.guard ? `\nguard: ${r.guard.reason}\n` : '';
  return `${lines.join('\n')}\n${guard}`;
}

/** Every block, kept and removed, in order. */
export function formatBlocks(r: Separation, color = false): string {
  const out: string[] = [];
  for (const b of r.blocks) {
    if (b.label === 'content') {
      out.push(`${paint(color, '32', '  kept ')}│ ${clip(b.text, 90)}`);
    } else {
      const tag = `✂ ${(b.category ?? 'other').padEnd(10)}`;
      out.push(`${paint(color, '31', tag)}│ ${paint(color, '2', clip(b.text, 90))}`);
      out.push(`${' '.repeat(12)}│   ${paint(color, '2', `why: ${clip(reasonLine(b), 110)}`)}`);
    }
  }
  const kept = r.blocks.length - r.removed.length;
  out.push('');
  out.push(`${kept} blocks kept, ${r.removed.length} removed (${summary(r.removed)})`);
  if (r.guard) out.push(`guard: ${r.guard.reason}`);
  return `${out.join('\n')}\n`;
}

function summary(removed: Block[]): string {
  const counts = new Map<string, number>();
  for (const b of removed)
    counts.set(b.category ?? 'other', (counts.get(b.category ?? 'other') ?? 0) + 1);
  return [...counts].map(([c, n]) => `${c} ${n}`).join(', ') || 'none';
}
