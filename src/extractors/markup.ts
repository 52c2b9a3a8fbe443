/**
 * HTML and XML with htmlparser2 (streaming): text content and attribute values, not markup. Each
 * text node keeps its line, column and byte offset; in XML the enclosing element names (and the
 * attribute name) are the segment's labels, so `<ssn>536228726</ssn>` has its keyword.
 */
import { chars, textChunks } from './text.js';
import { toByteString, type Extractor, type ExtractContext, type Input } from './types.js';

async function extractMarkup(input: Input, ctx: ExtractContext, xml: boolean): Promise<void> {
  const tc = textChunks(input);
  // Line/column of absolute offsets: a cursor that follows the parser through the fed text.
  let fed = '';
  let fedBase = tc.skipped; // absolute offset of fed[0]
  let line = 1;
  let col = 1;
  const posOf = (abs: number): { line: number; col: number } => {
    const upto = Math.max(0, Math.min(abs - fedBase, fed.length));
    let at = 0;
    for (let nl = fed.indexOf('\n'); nl !== -1 && nl < upto; nl = fed.indexOf('\n', at)) {
      line++;
      col = 1;
      at = nl + 1;
    }
    col += chars(fed, at, upto);
    fed = fed.slice(upto);
    fedBase += upto;
    return { line, col };
  };
  const stack: string[] = [];
  const labelsFor = (extra?: string): readonly string[] => {
    const l = xml ? stack.slice(-2) : [];
    return extra ? [extra, ...l] : l;
  };
  let text = '';
  let textStart = -1;
  let textLabels: readonly string[] = [];
  const flushText = (): void => {
    if (textStart >= 0 && text.trim().length) {
      const p = posOf(textStart);
      ctx.emit({
        text,
        location: { line: p.line, col: p.col },
        ...(textLabels.length ? { labels: textLabels } : {}),
        ...(tc.verbatim ? { byteOffset: textStart } : {}),
        ...(tc.latin1 ? { latin1: true } : {}),
      });
    }
    text = '';
    textStart = -1;
  };
  let pendingAttrs: Array<[string, string]> = [];
  const { Parser } = await import('htmlparser2'); // loaded when markup is met, not at start-up
  const parser = new Parser(
    {
      ontext(data) {
        if (textStart < 0) {
          textStart = tc.skipped + parser.startIndex;
          textLabels = labelsFor();
        }
        // Raw slices are byte strings already; decoded entities are ordinary characters.
        text += /[^\x00-\xff]/.test(data) || parser.endIndex - parser.startIndex + 1 !== data.length ? toByteString(data) : data;
      },
      onattribute(name, value) {
        if (value.trim().length > 1) pendingAttrs.push([name, value]);
      },
      onopentag(name) {
        flushText();
        const start = tc.skipped + parser.startIndex;
        stack.push(name);
        if (pendingAttrs.length) {
          const p = posOf(start);
          for (const [a, v] of pendingAttrs) {
            ctx.emit({ text: toByteString(v), location: { line: p.line, col: p.col }, labels: labelsFor(a), ...(tc.latin1 ? { latin1: true } : {}) });
          }
          pendingAttrs = [];
        }
      },
      onclosetag() {
        flushText();
        stack.pop();
      },
      oncomment() {
        flushText();
      },
    },
    { xmlMode: xml, decodeEntities: true, recognizeCDATA: true },
  );
  for await (const chunk of tc.chunks) {
    fed += chunk;
    parser.write(chunk);
  }
  parser.end();
  flushText();
}

export const htmlExtractor: Extractor = {
  id: 'html',
  mimeType: 'text/html',
  extensions: ['.html', '.htm', '.xhtml'],
  magic(head) {
    const s = head.toString('latin1', 0, 512).trimStart().toLowerCase();
    return s.startsWith('<!doctype html') || s.startsWith('<html');
  },
  detect(head, name) {
    return this.magic!(head, name) || this.extensions.some((e) => name.toLowerCase().endsWith(e));
  },
  extract: (input, ctx) => extractMarkup(input, ctx, false),
};

export const xmlExtractor: Extractor = {
  id: 'xml',
  mimeType: 'application/xml',
  extensions: ['.xml', '.svg', '.plist', '.xsd', '.rss', '.atom'],
  magic(head) {
    return head.toString('latin1', head[0] === 0xef ? 3 : 0, 64).trimStart().startsWith('<?xml');
  },
  detect(head, name) {
    return this.magic!(head, name) || this.extensions.some((e) => name.toLowerCase().endsWith(e));
  },
  extract: (input, ctx) => extractMarkup(input, ctx, true),
};
