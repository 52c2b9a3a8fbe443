/**
 * The extractors, in the order they are tried: magic bytes of every extractor first, then
 * extensions, so `export.dat` holding a zip is read as a zip and `data.csv` as CSV.
 */
import { gzipExtractor, tarExtractor, zipExtractor } from './archive.js';
import { csvExtractor, tsvExtractor } from './csv.js';
import { avroExtractor, parquetExtractor, pdfExtractor } from './documents.js';
import { emlExtractor } from './eml.js';
import { jsonExtractor, jsonlExtractor } from './json.js';
import { htmlExtractor, xmlExtractor } from './markup.js';
import { docxExtractor, oleExtractor, xlsxExtractor } from './ooxml.js';
import { textExtractor } from './text.js';
import { extOf, type Extractor } from './types.js';

export const extractors: readonly Extractor[] = [gzipExtractor, xlsxExtractor, docxExtractor, oleExtractor, zipExtractor, tarExtractor, pdfExtractor, parquetExtractor, avroExtractor, emlExtractor, htmlExtractor, xmlExtractor, jsonlExtractor, jsonExtractor, csvExtractor, tsvExtractor, textExtractor];

/** Bytes read to choose an extractor. */
export const HEAD_BYTES = 8192;

/** The extractor for a file: by content first, then by extension, then text if it is not binary. */
export function pickExtractor(head: Buffer, name: string): Extractor | undefined {
  for (const ex of extractors) if (ex.magic?.(head, name)) return ex;
  const ext = extOf(name);
  if (ext) for (const ex of extractors) if (ex !== textExtractor && ex.extensions.includes(ext)) return ex;
  return textExtractor.detect(head, name) ? textExtractor : undefined;
}

export { DEFAULT_LIMITS, ExtractError, type ExtractionLimits, type Extractor, type Input, type Segment, type SegmentLocation } from './types.js';
