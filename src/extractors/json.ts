/**
 * JSON and JSON Lines with a streaming tokenizer of our own: a 500 MB array is never parsed whole,
 * only the path from the root to the current value is kept. Every string and number is a segment
 * with Macie's `jsonPath` (`$.records[3].profile.email`, `$[0]['Card Number']`) and `recordIndex`
 * (0 for JSON, the 0-based line for JSONL); the key names on the path are the segment's labels.
 * Keys are scanned too, without a path (Macie omits the path when a key holds the data).
 */
import { ExtractError, MIN_VALUE_BYTES, type Extractor, type ExtractContext, type Input, type Segment } from './types.js';

const NO_LABELS: readonly string[] = [];
import { chars, PlainWindows, textChunks } from './text.js';

/** A JSON token still open after this many bytes: the rest of the file is read as plain text. */
export const MAX_TOKEN_BYTES = 64 << 20;

const enum St {
  Value,
  ValueOrEnd,
  KeyOrEnd,
  Colon,
  CommaOrEnd,
}

interface Frame {
  arr: boolean;
  index: number;
  key: string | undefined;
  /** Cached path from the root to this frame's current element (cleared when key or index changes). */
  path?: string;
  /** Cached key names from the root to here (interned). */
  labels?: readonly string[];
}

class JsonSyntaxError extends Error {
  constructor(readonly pos: number, message: string) {
    super(message);
  }
}

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function pathElement(f: Frame): string {
  if (f.arr) return `[${f.index}]`;
  let k = f.key ?? '';
  if (k.length > 240) k = '...' + k.slice(-237);
  return SIMPLE_KEY.test(k) ? `.${k}` : `['${k.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** Macie's JSONPath for the current stack, truncated from the front beyond 250 characters. */
export function jsonPathOf(stack: readonly Frame[]): string {
  const parts = stack.map(pathElement);
  let path = '$' + parts.join('');
  if (path.length <= 250) return path;
  let len = 3;
  let k = parts.length;
  while (k > 1 && len + parts[k - 1]!.length <= 250) len += parts[--k]!.length;
  path = '$..' + parts.slice(k).join('').replace(/^\./, '');
  return path;
}

/** Byte string of a JSON string body with escapes → byte string of its value. */
function unescape(raw: string): string {
  let out = '';
  let last = 0;
  for (let i = raw.indexOf('\\'); i !== -1 && i < raw.length; i = raw.indexOf('\\', last)) {
    out += raw.slice(last, i);
    const c = raw[i + 1];
    last = i + 2;
    switch (c) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': {
        let code = parseInt(raw.slice(i + 2, i + 6), 16);
        last = i + 6;
        if (Number.isNaN(code)) code = 0xfffd;
        if (code >= 0xd800 && code < 0xdc00 && raw[last] === '\\' && raw[last + 1] === 'u') {
          const lo = parseInt(raw.slice(last + 2, last + 6), 16);
          if (lo >= 0xdc00 && lo < 0xe000) {
            code = 0x10000 + ((code - 0xd800) << 10) + (lo - 0xdc00);
            last += 6;
          }
        }
        out += Buffer.from(String.fromCodePoint(code), 'utf8').toString('latin1');
        break;
      }
      default: out += c ?? '';
    }
  }
  return out + raw.slice(last);
}

const utf8 = (b: string): string => (/[^\x00-\x7f]/.test(b) ? Buffer.from(b, 'latin1').toString('utf8') : b);

/** The tokenizer: feed it byte strings; it emits a segment per string or number value. */
class JsonWalker {
  stack: Frame[] = [];
  st: St = St.Value;
  line = 1;
  private colPos = 0; // absolute byte offset where colN holds
  private colN = 1;
  recordIndex = 0;

  constructor(
    private readonly ctx: ExtractContext,
    private readonly latin1: () => boolean,
    private readonly verbatim: boolean,
  ) {}

  reset(line: number, at: number): void {
    this.stack = [];
    this.st = St.Value;
    this.line = line;
    this.colPos = at;
    this.colN = 1;
  }

  /** Column (1-based, characters) of absolute offset `abs`; buf[0] is at `base`. */
  colAt(buf: string, base: number, abs: number): number {
    this.colN += chars(buf, this.colPos - base, abs - base);
    this.colPos = abs;
    return this.colN;
  }

  /** Path element of each key seen (`.name` or `['odd key']`); keys repeat in every record. */
  private readonly keyElements = new Map<string, string>();
  /** Labels of a frame with a key, by its parent's labels and the key: interned, so batches group by reference. */
  private readonly childLabels = new WeakMap<readonly string[], Map<string, readonly string[]>>();

  private elementOf(f: Frame): string {
    if (f.arr) return `[${f.index}]`;
    const k = f.key ?? '';
    let e = this.keyElements.get(k);
    if (e === undefined) {
      e = pathElement(f);
      if (this.keyElements.size < 10000) this.keyElements.set(k, e);
    }
    return e;
  }

  private labelsOf(parent: readonly string[], key: string): readonly string[] {
    let m = this.childLabels.get(parent);
    if (!m) this.childLabels.set(parent, (m = new Map()));
    let l = m.get(key);
    if (!l) {
      l = [...parent, key];
      if (m.size < 10000) m.set(key, l);
    }
    return l;
  }

  /** Path and labels of the current value, from the frames' caches (a frame changes only between its children). */
  private where(): { path: string; labels: readonly string[] } {
    const st = this.stack;
    let path = '$';
    let labels: readonly string[] = NO_LABELS;
    for (let i = 0; i < st.length; i++) {
      const f = st[i]!;
      if (f.path === undefined) {
        f.path = path + this.elementOf(f);
        f.labels = !f.arr && f.key ? this.labelsOf(labels, f.key) : labels;
      }
      path = f.path;
      labels = f.labels!;
    }
    return { path: path.length > 250 ? jsonPathOf(st) : path, labels };
  }

  private emit(text: string, buf: string, base: number, at: number, withPath: boolean): void {
    if (text.length < MIN_VALUE_BYTES) return;
    const col = this.colAt(buf, base, at);
    const latin1 = this.latin1();
    const seg: Segment = { text, location: { recordIndex: this.recordIndex, line: this.line, col } };
    if (withPath) {
      const w = this.where();
      seg.location.jsonPath = w.path;
      if (w.labels.length) seg.labels = w.labels;
    }
    if (this.verbatim) seg.byteOffset = at;
    if (latin1) seg.latin1 = true;
    this.ctx.emit(seg);
  }

  private push(arr: boolean, pos: number): void {
    if (this.stack.length >= this.ctx.limits.jsonNesting) {
      throw new ExtractError(
        'JSON_NESTING_LEVEL_OVER_LIMIT',
        `JSON nested deeper than ${this.ctx.limits.jsonNesting} levels (at byte ${pos}); nothing in the file is analysed`,
        true,
      );
    }
    this.stack.push({ arr, index: 0, key: undefined });
  }

  private afterValue(): void {
    this.st = this.stack.length ? St.CommaOrEnd : St.Value;
  }

  /** Consumes complete tokens of buf (buf[0] at absolute `base`); returns the index of the first unconsumed character. */
  run(buf: string, base: number, final: boolean): number {
    const n = buf.length;
    let i = 0;
    for (;;) {
      while (i < n) {
        const c = buf.charCodeAt(i);
        if (c === 32 || c === 9 || c === 13) i++;
        else if (c === 10) {
          this.line++;
          this.colPos = base + i + 1;
          this.colN = 1;
          i++;
        } else break;
      }
      if (i >= n) return i;
      const c = buf.charCodeAt(i);
      const st = this.st;
      if (st === St.Value || st === St.ValueOrEnd) {
        if (c === 93 /* ] */ && st === St.ValueOrEnd) {
          this.stack.pop();
          i++;
          this.afterValue();
          continue;
        }
        if (c === 123 /* { */) {
          this.push(false, base + i);
          this.st = St.KeyOrEnd;
          i++;
          continue;
        }
        if (c === 91 /* [ */) {
          this.push(true, base + i);
          this.st = St.ValueOrEnd;
          i++;
          continue;
        }
        if (c === 34) {
          const end = this.stringEnd(buf, i, final, base);
          if (end < 0) return i;
          if (end > i + 1) {
            const raw = buf.slice(i + 1, end);
            this.emit(raw.includes('\\') ? unescape(raw) : raw, buf, base, base + i + 1, true);
          }
          i = end + 1;
          this.afterValue();
          continue;
        }
        if (c === 45 || (c >= 48 && c <= 57)) {
          let j = i + 1;
          while (j < n) {
            const d = buf.charCodeAt(j);
            if ((d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45) j++;
            else break;
          }
          if (j >= n && !final) return i;
          this.emit(buf.slice(i, j), buf, base, base + i, true);
          i = j;
          this.afterValue();
          continue;
        }
        const lit = c === 116 ? 'true' : c === 102 ? 'false' : c === 110 ? 'null' : undefined;
        if (lit) {
          if (n - i < lit.length && !final) return i;
          if (buf.startsWith(lit, i)) {
            i += lit.length;
            this.afterValue();
            continue;
          }
        }
        throw new JsonSyntaxError(base + i, `unexpected character at line ${this.line}`);
      }
      if (st === St.KeyOrEnd) {
        if (c === 125 /* } */) {
          this.stack.pop();
          i++;
          this.afterValue();
          continue;
        }
        if (c === 34) {
          const end = this.stringEnd(buf, i, final, base);
          if (end < 0) return i;
          const raw = buf.slice(i + 1, end);
          const key = raw.includes('\\') ? unescape(raw) : raw;
          const top = this.stack[this.stack.length - 1]!;
          top.key = utf8(key);
          top.path = undefined;
          if (key.length) this.emit(key, buf, base, base + i + 1, false);
          i = end + 1;
          this.st = St.Colon;
          continue;
        }
        throw new JsonSyntaxError(base + i, `expected a key at line ${this.line}`);
      }
      if (st === St.Colon) {
        if (c !== 58) throw new JsonSyntaxError(base + i, `expected ':' at line ${this.line}`);
        i++;
        this.st = St.Value;
        continue;
      }
      // CommaOrEnd
      const top = this.stack[this.stack.length - 1]!;
      if (c === 44) {
        i++;
        if (top.arr) {
          top.index++;
          top.path = undefined;
          this.st = St.Value;
        } else this.st = St.KeyOrEnd;
        continue;
      }
      if ((c === 93 && top.arr) || (c === 125 && !top.arr)) {
        this.stack.pop();
        i++;
        this.afterValue();
        continue;
      }
      throw new JsonSyntaxError(base + i, `expected ',' or a closing bracket at line ${this.line}`);
    }
  }

  /** Index of the closing quote of the string opening at i, or -1 when the buffer ends first. */
  private stringEnd(buf: string, i: number, final: boolean, base: number): number {
    let j = i + 1;
    for (;;) {
      const q = buf.indexOf('"', j);
      if (q === -1) {
        if (final) throw new JsonSyntaxError(base + i, `unterminated string at line ${this.line}`);
        return -1;
      }
      let bs = 0;
      for (let k = q - 1; k > i && buf.charCodeAt(k) === 92; k--) bs++;
      if (bs % 2 === 0) return q;
      j = q + 1;
    }
  }
}

async function extractJson(input: Input, ctx: ExtractContext, lines: boolean): Promise<void> {
  const tc = textChunks(input);
  const w = new JsonWalker(ctx, () => tc.latin1, tc.verbatim);
  let buf = '';
  let base = tc.skipped;
  let plain: PlainWindows | undefined;
  let lineNo = 1; // JSONL: line of buf[0]

  const toPlain = (pos: number, line: number, col: number, message: string): void => {
    ctx.problem('MALFORMED_FILE', message);
    plain = new PlainWindows(ctx, line, col, tc.verbatim ? pos : undefined, () => tc.latin1);
    plain.push(buf.slice(pos - base));
    buf = '';
  };

  const feedJson = (final: boolean): void => {
    try {
      const used = w.run(buf, base, final);
      w.colAt(buf, base, base + used);
      buf = used >= buf.length ? '' : buf.slice(used);
      base += used;
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err;
      toPlain(err.pos, w.line, w.colAt(buf, base, err.pos), `malformed JSON (${err.message}); the rest was read as plain text`);
      return;
    }
    if (!final && buf.length > MAX_TOKEN_BYTES) toPlain(base, w.line, w.colAt(buf, base, base), `a JSON value at line ${w.line} is longer than ${MAX_TOKEN_BYTES} bytes; the rest was read as plain text`);
  };

  let badLines = 0;
  const feedLines = (final: boolean): void => {
    let pos = 0;
    for (;;) {
      let nl = buf.indexOf('\n', pos);
      if (nl === -1) {
        if (!final || pos >= buf.length) break;
        nl = buf.length;
      }
      const lineText = buf.slice(pos, nl);
      if (lineText.trim().length) {
        w.reset(lineNo, base + pos);
        w.recordIndex = lineNo - 1;
        let ok = true;
        try {
          w.run(lineText, base + pos, true);
          if (w.stack.length) ok = false;
        } catch (err) {
          if (!(err instanceof JsonSyntaxError)) throw err;
          ok = false;
        }
        if (!ok) {
          badLines++;
          ctx.emit({ text: lineText, location: { line: lineNo, col: 1 }, ...(tc.verbatim ? { byteOffset: base + pos } : {}), ...(tc.latin1 ? { latin1: true } : {}) });
        }
      }
      lineNo++;
      pos = nl + 1;
    }
    buf = pos >= buf.length ? '' : buf.slice(pos);
    base += pos;
    if (!final && buf.length > MAX_TOKEN_BYTES) toPlain(base, lineNo, 1, `a JSON Lines record at line ${lineNo} is longer than ${MAX_TOKEN_BYTES} bytes; the rest was read as plain text`);
  };

  for await (const chunk of tc.chunks) {
    if (plain) {
      plain.push(chunk);
      continue;
    }
    buf = buf.length ? buf + chunk : chunk;
    if (lines) feedLines(false);
    else feedJson(false);
  }
  if (plain) {
    plain.end();
    return;
  }
  if (lines) {
    feedLines(true);
    if (badLines) ctx.problem('MALFORMED_FILE', `${badLines} JSON Lines record(s) are not valid JSON; they were read as plain text`);
    return;
  }
  feedJson(true);
  if (plain) (plain as PlainWindows).end();
  else if (w.stack.length) ctx.problem('MALFORMED_FILE', `the JSON ends inside ${w.stack.length} open bracket(s) (truncated file?)`);
}

export const jsonExtractor: Extractor = {
  id: 'json',
  mimeType: 'application/json',
  extensions: ['.json', '.geojson', '.har'],
  magic(head, name) {
    // Content says JSON only for an object that starts with a key; arrays and extensions decide otherwise.
    if (/\.(jsonl|ndjson)$/i.test(name)) return false;
    const s = head.toString('latin1', head[0] === 0xef ? 3 : 0, 64).trimStart();
    return /^\{\s*("|\})/.test(s) && !/\}\s*\n\s*\{/.test(head.toString('latin1'));
  },
  detect(head, name) {
    return this.magic!(head, name) || this.extensions.some((e) => name.toLowerCase().endsWith(e));
  },
  extract: (input, ctx) => extractJson(input, ctx, false),
};

export const jsonlExtractor: Extractor = {
  id: 'jsonl',
  mimeType: 'application/jsonl',
  extensions: ['.jsonl', '.ndjson'],
  magic(head, name) {
    if (/\.json$/i.test(name)) return false;
    const s = head.toString('latin1', head[0] === 0xef ? 3 : 0);
    return /^\s*\{\s*"/.test(s) && /\}\s*\r?\n\s*\{\s*"/.test(s);
  },
  detect(head, name) {
    return this.magic!(head, name) || this.extensions.some((e) => name.toLowerCase().endsWith(e));
  },
  extract: (input, ctx) => extractJson(input, ctx, true),
};
