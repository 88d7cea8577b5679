/**
 * The progress bar on stderr (done/total, rate, ETA, failures), redrawn at most ten times
 * a second, and only when stderr is a terminal: a pipe or a log file gets nothing from
 * here, only the summary line at the end.
 */

/** Where the bar is drawn: a stream and whether it is a terminal. */
export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** How to draw. */
export interface ProgressOptions {
  /** Items in all, when known. */
  total?: number;
  /** What is counted: `files`, `records`. */
  unit: string;
  /** Off for --quiet; the bar is also off when the stream is not a terminal. */
  enabled: boolean;
  /** Clock, ms (tests). */
  now?: () => number;
}

/** `1:05`, `12:00:03`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Counts done and failed items and draws the bar. */
export class Progress {
  done = 0;
  failed = 0;
  total: number | undefined;
  readonly started: number;
  private readonly on: boolean;
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;
  private dirty = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    this.total = options.total;
    this.on = options.enabled && stream.isTTY === true;
    if (this.on) {
      this.timer = setInterval(() => this.redraw(), 100);
      this.timer.unref();
    }
  }

  /** True when the bar is drawn. */
  get active(): boolean {
    return this.on;
  }

  /** One item finished. */
  tick(failed = false): void {
    this.done++;
    if (failed) this.failed++;
    this.dirty = true;
    // The first item draws at once: a run shorter than the redraw interval still shows
    // the bar (it is wiped before the summary).
    if (this.done === 1) this.redraw();
  }

  /** Items per second so far. */
  rate(): number {
    const secs = (this.now() - this.started) / 1000;
    return secs > 0 ? this.done / secs : 0;
  }

  /** The bar's line, without control characters. */
  line(width = 80): string {
    const rate = this.rate();
    const parts = [
      this.total !== undefined
        ? `${this.done}/${this.total} ${this.options.unit}`
        : `${this.done} ${this.options.unit}`,
      `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)}/s`,
    ];
    if (this.total !== undefined && rate > 0) {
      parts.push(`ETA ${clock((this.total - this.done) / rate)}`);
    }
    if (this.failed) parts.push(`${this.failed} failed`);
    const text = parts.join(' · ');
    const room = width - text.length - 10;
    if (this.total === undefined || this.total === 0 || room < 10) return `chaff ${text}`;
    const size = Math.min(30, room);
    const full = Math.round((this.done / this.total) * size);
    return `chaff [${'█'.repeat(full)}${'░'.repeat(size - full)}] ${text}`;
  }

  private redraw(): void {
    if (!this.on || (!this.dirty && this.drawn)) return;
    this.stream.write(`\r\x1b[2K${this.line(this.stream.columns || 80)}`);
    this.drawn = true;
    this.dirty = false;
  }

  /** Print a line above the bar (a failure), then redraw. */
  log(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
    this.dirty = true;
  }

  /** Wipe the bar (it comes back on the next redraw), e.g. before writing to stdout. */
  clear(): void {
    if (this.on && this.drawn) {
      this.stream.write('\r\x1b[2K');
      this.drawn = false;
    }
  }

  /** Stop drawing and wipe the bar. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  /** Seconds since the start. */
  seconds(): number {
    return (this.now() - this.started) / 1000;
  }
}
