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
import { MIN_VALUE_BYTES, type Extractor, type ExtractContext, type Input, type Segment, type SegmentLocation } from './types.js';

/** A record still open after this many bytes is not CSV: the rest of the file is read as plain text. */
export const MAX_RECORD_BYTES = 16 << 20;

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;
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
  // The cells of the current record, in parallel arrays reused from record to record.
  const cs: number[] = [];
  const ce: number[] = [];
  const cesc: boolean[] = [];
  const cline: number[] = [];
  const ccol: number[] = [];
  let ncells = 0;
  let ascii = true; // buf is pure ASCII: columns are byte distances
  const delim = String.fromCharCode(delimiter);
  const push = (s: number, e: number, esc: boolean, ln: number, col: number): void => {
    cs[ncells] = s;
    ce[ncells] = e;
    cesc[ncells] = esc;
    cline[ncells] = ln;
    ccol[ncells] = col;
    ncells++;
  };

  /** Parses one record at `pos`; returns the index after it, -1 when the buffer ends first, -2 for an unterminated quote at the end. */
  const record = (pos: number, final: boolean): number => {
    ncells = 0;
    let i = pos;
    let ln = line;
    let lineStart = pos;
    const n = buf.length;
    // Column (in characters) counted incrementally, so long lines stay linear.
    let cPos = pos;
    let cN = 1;
    const colOf = (at: number): number => {
      if (ascii) return at - lineStart + 1;
      if (lineStart > cPos) {
        cPos = lineStart;
        cN = 1;
      }
      cN += chars(buf, cPos, at);
      cPos = at;
      return cN;
    };
    let nextLF = buf.indexOf('\n', i);
    for (;;) {
      // One cell starts at i.
      if (buf.charCodeAt(i) === QUOTE) {
        const colAt = colOf(i);
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
          if (q === -1) return final ? -2 : -1;
          if (q + 1 < n && buf.charCodeAt(q + 1) === QUOTE) {
            escapes = true;
            j = q + 2;
            continue;
          }
          if (q + 1 >= n && !final) return -1;
          push(s, q, escapes, cellLine, colAt + 1);
          i = q + 1;
          break;
        }
        // Skip anything between the closing quote and the delimiter (lenient).
        while (i < n) {
          const c = buf.charCodeAt(i);
          if (c === delimiter || c === LF || c === CR) break;
          i++;
        }
        if (nextLF !== -1 && nextLF < i) nextLF = buf.indexOf('\n', i);
      } else {
        let d = buf.indexOf(delim, i);
        if (d === -1) d = n;
        const lf = nextLF === -1 ? n : nextLF;
        let j = d < lf ? d : lf;
        if (j >= n && !final) return -1;
        if (j === lf && j > i && buf.charCodeAt(j - 1) === CR) j--;
        if (j > i) push(i, j, false, ln, colOf(i));
        else push(i, i, false, ln, 0);
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
          push(i, i, false, ln, 0);
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
    const latin1 = tc.latin1;
    if (row === 1) {
      header = [];
      for (let k = 0; k < ncells; k++) header.push(decodeName(cellText(k), latin1));
      labels = header.map((h) => (h.trim() ? [h] : []));
    }
    for (let k = 0; k < ncells; k++) {
      if (ce[k]! - cs[k]! < MIN_VALUE_BYTES) continue;
      const name = row > 1 ? header![k] : undefined;
      const lab = row > 1 ? labels[k] : undefined;
      const location: SegmentLocation = { row, column: k + 1, line: cline[k]!, col: ccol[k]! };
      if (name) location.columnName = name;
      const seg: Segment = { text: cellText(k), location };
      if (lab && lab.length) seg.labels = lab;
      if (tc.verbatim) seg.byteOffset = base + cs[k]!;
      if (latin1) seg.latin1 = true;
      ctx.emit(seg);
    }
  };
  const cellText = (k: number): string => (cesc[k] ? buf.slice(cs[k], ce[k]).replaceAll('""', '"') : buf.slice(cs[k], ce[k]));

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
    ascii = !NON_ASCII.test(buf);
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
