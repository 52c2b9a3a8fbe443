/**
 * XLSX and DOCX, read from their zip with yauzl and their XML with htmlparser2, streamed sheet by
 * sheet. XLSX: `sheet`, `cell` (`D17`), `row`, `column` and `columnName` (the text of row 1), which
 * is also the cell's keyword label. DOCX: `paragraph` (1-based, body paragraphs in order, table
 * cells included). Old binary .doc/.xls (OLE2) are SKIPPED: no well-kept reader for them.
 */
import type { Parser } from 'htmlparser2';
import type yauzl from 'yauzl';
import { openZip, metered } from './archive.js';
import { ExtractError, extOf, toByteString, type Extractor, type ExtractContext, type Input, type Segment } from './types.js';

const ZIP_MAGIC = (h: Buffer): boolean => h[0] === 0x50 && h[1] === 0x4b && h[2] === 3 && h[3] === 4;

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const m = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      m.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(m));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Checks an OOXML package against Macie's zip-bomb guards before anything is inflated. */
function guard(entries: Map<string, yauzl.Entry>, ctx: ExtractContext): void {
  let total = 0;
  for (const e of entries.values()) {
    total += e.uncompressedSize;
    if (e.isEncrypted()) throw new ExtractError('MALFORMED_FILE', `${e.fileName} is encrypted`, true);
    if (e.uncompressedSize > 1 << 20 && e.uncompressedSize / Math.max(1, e.compressedSize) > ctx.limits.compressionRatio) {
      throw new ExtractError('OOXML_UNCOMPRESSED_RATIO_EXCEEDS_LIMIT', `${e.fileName} inflates more than ${ctx.limits.compressionRatio} times`, true);
    }
  }
  if (total > ctx.limits.officeBytes * 4) {
    throw new ExtractError('OOXML_UNCOMPRESSED_SIZE_EXCEEDS_LIMIT', `${total} bytes uncompressed`, true);
  }
}

/** Streams one XML part through a parser fed with byte strings. */
async function parsePart(zip: yauzl.ZipFile, entry: yauzl.Entry, ctx: ExtractContext, handlers: Partial<ConstructorParameters<typeof Parser>[0]> & object, parserRef: { p?: Parser }): Promise<void> {
  const raw = await zip.openReadStreamPromise(entry);
  const { Parser: XmlParser } = await import('htmlparser2');
  const parser = new XmlParser(handlers, { xmlMode: true, decodeEntities: true });
  parserRef.p = parser;
  const budget: ExtractContext = { ...ctx, extracted: () => {} };
  for await (const chunk of metered(raw[Symbol.asyncIterator](), budget, entry.fileName, () => entry.compressedSize)) parser.write(chunk.toString('latin1'));
  parser.end();
}

/** Text of an ontext event as a byte string (entities decoded to UTF-8 bytes). */
function textOf(data: string, p: Parser | undefined): string {
  return p && p.endIndex - p.startIndex + 1 === data.length && !/[^\x00-\xff]/.test(data) ? data : toByteString(data);
}

const utf8 = (b: string): string => (/[^\x00-\x7f]/.test(b) ? Buffer.from(b, 'latin1').toString('utf8') : b);

async function withPackage(input: Input, ctx: ExtractContext, fn: (zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>) => Promise<void>): Promise<void> {
  if ((input.size ?? 0) > ctx.limits.officeBytes) {
    throw new ExtractError('MALFORMED_OR_FILE_SIZE_EXCEEDS_LIMIT', `larger than ${ctx.limits.officeBytes} bytes`, true);
  }
  let opened;
  try {
    opened = await openZip(input, ctx.limits.officeBytes);
  } catch (err) {
    throw new ExtractError((err as ExtractError).reason ?? 'MALFORMED_FILE', (err as Error).message, true);
  }
  const { zip, cleanup } = opened;
  try {
    const entries = await listEntries(zip);
    guard(entries, ctx);
    await fn(zip, entries);
  } finally {
    zip.close();
    await cleanup();
  }
}

function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ('xl/' + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

async function extractXlsx(input: Input, ctx: ExtractContext): Promise<void> {
  await withPackage(input, ctx, async (zip, entries) => {
    const need = (name: string): yauzl.Entry => {
      const e = entries.get(name);
      if (!e) throw new ExtractError('MALFORMED_FILE', `no ${name} in the workbook`, true);
      return e;
    };
    // Shared strings.
    const shared: string[] = [];
    const sst = entries.get('xl/sharedStrings.xml');
    if (sst) {
      let cur: string | undefined;
      let inT = false;
      let inPhonetic = false;
      const ref: { p?: Parser } = {};
      await parsePart(zip, sst, ctx, {
        onopentag(name) {
          if (name === 'si') cur = '';
          else if (name === 't') inT = true;
          else if (name === 'rPh') inPhonetic = true;
        },
        ontext(d) {
          if (inT && !inPhonetic && cur !== undefined) cur += textOf(d, ref.p);
        },
        onclosetag(name) {
          if (name === 't') inT = false;
          else if (name === 'rPh') inPhonetic = false;
          else if (name === 'si') {
            shared.push(cur ?? '');
            cur = undefined;
          }
        },
      }, ref);
    }
    // Sheets in workbook order, with their names.
    const rels = new Map<string, string>();
    const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
    if (relsEntry) {
      await parsePart(zip, relsEntry, ctx, {
        onopentag(name, a) {
          if (name === 'Relationship' && a.Id && a.Target) rels.set(a.Id, resolveTarget(a.Target));
        },
      }, {});
    }
    const sheets: Array<{ name: string; path: string }> = [];
    await parsePart(zip, need('xl/workbook.xml'), ctx, {
      onopentag(name, a) {
        if (name === 'sheet') {
          const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
          const path = (id && rels.get(id)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
          sheets.push({ name: utf8(a.name ?? `Sheet${sheets.length + 1}`), path });
        }
      },
    }, {});
    for (const sheet of sheets) {
      const entry = entries.get(sheet.path);
      if (!entry) {
        ctx.problem('MALFORMED_FILE', `sheet ${sheet.name}: ${sheet.path} missing`);
        continue;
      }
      const header: string[] = [];
      const labels: Array<readonly string[]> = [];
      let ref = '';
      let type = '';
      let value: string | undefined;
      let inV = false;
      let inT = false;
      let rowNo = 0;
      const pref: { p?: Parser } = {};
      await parsePart(zip, entry, ctx, {
        onopentag(name, a) {
          if (name === 'row') rowNo = Number(a.r ?? rowNo + 1);
          else if (name === 'c') {
            ref = a.r ?? '';
            type = a.t ?? 'n';
            value = undefined;
          } else if (name === 'v') {
            inV = true;
            value = '';
          } else if (name === 't') {
            inT = true;
            value = value ?? '';
          }
        },
        ontext(d) {
          if (inV || inT) value += textOf(d, pref.p);
        },
        onclosetag(name) {
          if (name === 'v') inV = false;
          else if (name === 't') inT = false;
          else if (name === 'c') {
            if (value === undefined || value === '') return;
            let text = value;
            if (type === 's') text = shared[Number(value)] ?? '';
            if (type === 'b' || !text) return;
            const column = columnNumber(ref) || 1;
            const row = Number(ref.replace(/^[A-Z]+/, '')) || rowNo;
            if (row === 1) {
              header[column - 1] = utf8(text);
              labels[column - 1] = text.trim() ? [utf8(text)] : [];
            }
            const name = row > 1 ? header[column - 1] : undefined;
            const lab = row > 1 ? labels[column - 1] : undefined;
            const seg: Segment = { text, location: { sheet: sheet.name, cell: ref, row, column } };
            if (name) seg.location.columnName = name;
            if (lab?.length) seg.labels = lab;
            ctx.emit(seg);
          }
        },
      }, pref);
    }
  });
}

async function extractDocx(input: Input, ctx: ExtractContext): Promise<void> {
  await withPackage(input, ctx, async (zip, entries) => {
    const doc = entries.get('word/document.xml');
    if (!doc) throw new ExtractError('MALFORMED_FILE', 'no word/document.xml in the document', true);
    let paragraph = 0;
    let text: string | undefined;
    let inT = false;
    const ref: { p?: Parser } = {};
    await parsePart(zip, doc, ctx, {
      onopentag(name) {
        if (name === 'w:p') {
          paragraph++;
          text = '';
        } else if (name === 'w:t') inT = true;
        else if (text !== undefined && name === 'w:tab') text += '\t';
        else if (text !== undefined && (name === 'w:br' || name === 'w:cr')) text += '\n';
      },
      ontext(d) {
        if (inT && text !== undefined) text += textOf(d, ref.p);
      },
      onclosetag(name) {
        if (name === 'w:t') inT = false;
        else if (name === 'w:p') {
          if (text && text.trim()) ctx.emit({ text, location: { paragraph } });
          text = undefined;
        }
      },
    }, ref);
  });
}

export const xlsxExtractor: Extractor = {
  id: 'xlsx',
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['.xlsx', '.xlsm'],
  magic: (h, name) => ZIP_MAGIC(h) && (['.xlsx', '.xlsm'].includes(extOf(name)) || h.includes('xl/workbook.xml') || h.includes('xl/worksheets/')),
  detect(h, name) {
    return this.magic!(h, name);
  },
  extract: extractXlsx,
};

export const docxExtractor: Extractor = {
  id: 'docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['.docx', '.docm'],
  magic: (h, name) => ZIP_MAGIC(h) && (['.docx', '.docm'].includes(extOf(name)) || h.includes('word/document.xml') || h.includes('word/_rels')),
  detect(h, name) {
    return this.magic!(h, name);
  },
  extract: extractDocx,
};

/** Old binary Office files (OLE2 compound documents): recognised and skipped with a clear status. */
export const oleExtractor: Extractor = {
  id: 'ole2',
  mimeType: 'application/x-ole-storage',
  extensions: ['.doc', '.xls', '.ppt', '.msg'],
  magic: (h) => h.length >= 8 && h.readUInt32BE(0) === 0xd0cf11e0 && h.readUInt32BE(4) === 0xa1b11ae1,
  detect(h, name) {
    return this.magic!(h, name);
  },
  async extract() {
    throw new ExtractError('UNSUPPORTED_FILE_TYPE_EXCEPTION', 'old binary Office format (.doc/.xls, OLE2): no well-kept reader; save it as .docx/.xlsx to scan it', true);
  },
};
