/**
 * CSV and TSV (RFC 4180: quoted cells, doubled quotes, cells across lines), streamed record by
 * record over the engine's byte strings, so every cell keeps its exact byte offset, line and column.
 * Locations: `row` (1-based, header = row 1), `column` (1-based), `columnName` (header text).
 * The header text is the cell's label, so a keyword in it counts for every value of the column.
 *
 * Our own tokenizer rather than csv-parse: csv-parse does not report where each field starts, and the
 * locations (byte offset, line, column of every cell) are the point. Tests check it against csv-parse.
 */
import { chars, PlainWindows, textChunks } from './text.js';
import type { Extractor, ExtractContext, Input } from './types.js';

/** A record still open after this many bytes is not CSV: the rest of the file is read as plain text. */
export const MAX_RECORD_BYTES = 16 << 20;

interface Cell {
  s: number;
  e: number;
  quoted: boolean;
  escapes: boolean;
  line: number;
  col: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

function decodeName(b: string, latin1: boolean): string {
  return latin1 ? b : Buffer.from(b, 'latin1').toString('utf8');
}

export async function extractDelimited(input: Input, ctx: ExtractContext, delimiter: number): Promise<void> {
  const tc = textChunks(input);
  let buf = '';
  let base = tc.skipped; // byte offset of buf[0] (verbatim input only)
  let row = 0;
  let line = 1;
  let header: string[] | undefined;
  let labels: Array<readonly string[]> = [];
  let plain: PlainWindows | undefined;
  const cells: Cell[] = [];

  /** Parses one record at `pos`; returns the index after it, or -1 when the buffer ends first. */
  const record = (pos: number, final: boolean): number => {
    cells.length = 0;
    let i = pos;
    let ln = line;
    let lineStart = pos;
    const n = buf.length;
    // Column (in characters) counted incrementally, so long lines stay linear.
    let cPos = pos;
    let cN = 1;
    const colOf = (at: number): number => {
      if (lineStart > cPos) {
        cPos = lineStart;
        cN = 1;
      }
      cN += chars(buf, cPos, at);
      cPos = at;
      return cN;
    };
    for (;;) {
      // One cell starts at i.
      const colAt = colOf(i);
      if (buf.charCodeAt(i) === QUOTE) {
        const s = i + 1;
        const cellLine = ln;
        let j = s;
        let escapes = false;
        for (;;) {
          const q = buf.indexOf('"', j);
          const stop = q === -1 ? n : q;
          for (let k = buf.indexOf('\n', j); k !== -1 && k < stop; k = buf.indexOf('\n', k + 1)) {
            ln++;
            lineStart = k + 1;
          }
          if (q === -1) return final ? -2 : -1; // -2: unterminated quote at the end of the input
          if (q + 1 < n && buf.charCodeAt(q + 1) === QUOTE) {
            escapes = true;
            j = q + 2;
            continue;
          }
          if (q + 1 >= n && !final) return -1;
          cells.push({ s, e: q, quoted: true, escapes, line: cellLine, col: colAt + 1 });
          i = q + 1;
          break;
        }
        // Skip anything between the closing quote and the delimiter (lenient).
        while (i < n) {
          const c = buf.charCodeAt(i);
          if (c === delimiter || c === LF || c === CR) break;
          i++;
        }
      } else {
        let j = i;
        while (j < n) {
          const c = buf.charCodeAt(j);
          if (c === delimiter || c === LF || (c === CR && (j + 1 >= n || buf.charCodeAt(j + 1) === LF))) break;
          j++;
        }
        if (j >= n && !final) return -1;
        cells.push({ s: i, e: j, quoted: false, escapes: false, line: ln, col: colAt });
        i = j;
      }
      if (i >= n) {
        if (!final) return -1;
        line = ln;
        return i;
      }
      const c = buf.charCodeAt(i);
      if (c === delimiter) {
        i++;
        if (i >= n && !final) return -1;
        if (i >= n) {
          cells.push({ s: i, e: i, quoted: false, escapes: false, line: ln, col: colOf(i) });
          line = ln;
          return i;
        }
        continue;
      }
      if (c === CR) i++;
      if (i < n && buf.charCodeAt(i) === LF) i++;
      else if (i >= n && !final) return -1;
      line = ln + 1;
      return i;
    }
  };

  const emitRecord = (): void => {
    row++;
    if (row === 1) {
      header = cells.map((c) => decodeName(cellText(c), tc.latin1));
      labels = header.map((h) => (h.trim() ? [h] : []));
    }
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k]!;
      if (c.e <= c.s) continue;
      const text = cellText(c);
      const name = row > 1 ? header?.[k] : undefined;
      const lab = row > 1 ? labels[k] : undefined;
      ctx.emit({
        text,
        location: { row, column: k + 1, ...(name !== undefined && name !== '' ? { columnName: name } : {}), line: c.line, col: c.col },
        ...(lab && lab.length ? { labels: lab } : {}),
        ...(tc.verbatim ? { byteOffset: base + c.s } : {}),
        ...(tc.latin1 ? { latin1: true } : {}),
      });
    }
  };
  const cellText = (c: Cell): string => (c.escapes ? buf.slice(c.s, c.e).replaceAll('""', '"') : buf.slice(c.s, c.e));

  const toPlain = (message: string): void => {
    ctx.problem('MALFORMED_FILE', message);
    plain = new PlainWindows(ctx, line, 1, tc.verbatim ? base : undefined, () => tc.latin1);
    plain.push(buf);
    buf = '';
  };

  const consume = (final: boolean): void => {
    let pos = 0;
    while (pos < buf.length) {
      const next = record(pos, final);
      if (next === -2) {
        buf = buf.slice(pos);
        base += pos;
        toPlain(`unterminated quoted cell in the record at line ${line}; the rest was read as plain text`);
        return;
      }
      if (next < 0) break;
      emitRecord();
      pos = next;
    }
    buf = pos >= buf.length ? '' : buf.slice(pos);
    base += pos;
    if (!final && buf.length > MAX_RECORD_BYTES) {
      toPlain(`a record at line ${line} is longer than ${MAX_RECORD_BYTES} bytes (unterminated quote?); the rest was read as plain text`);
    }
  };

  for await (const chunk of tc.chunks) {
    if (plain) {
      plain.push(chunk);
      continue;
    }
    buf = buf.length ? buf + chunk : chunk;
    consume(false);
  }
  if (plain) plain.end();
  else if (buf.length) {
    consume(true);
    (plain as PlainWindows | undefined)?.end();
  }
}

export const csvExtractor: Extractor = {
  id: 'csv',
  mimeType: 'text/csv',
  extensions: ['.csv'],
  detect: (_head, name) => name.toLowerCase().endsWith('.csv'),
  extract: (input, ctx) => extractDelimited(input, ctx, 44),
};

export const tsvExtractor: Extractor = {
  id: 'tsv',
  mimeType: 'text/tab-separated-values',
  extensions: ['.tsv', '.tab'],
  detect: (_head, name) => /\.(tsv|tab)$/i.test(name),
  extract: (input, ctx) => extractDelimited(input, ctx, 9),
};
