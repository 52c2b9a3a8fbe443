import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detector, FileResult, Finding, ScanResult, Severity } from '../types.js';
import { VERSION } from '../version.js';
import { locationFields } from './json.js';
import type { ReportOptions } from './index.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { high: 'error', medium: 'warning', low: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { high: '8.0', medium: '5.0', low: '2.0' };

const uri = (file: string): string => (isAbsolute(file) ? pathToFileURL(file).href : file.split('\\').join('/').replace(/^\.\//, ''));

function ruleFor(type: string, det: Detector | undefined): Record<string, unknown> {
  return {
    id: type,
    name: type
      .toLowerCase()
      .replace(/[()]/g, '')
      .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: det ? det.description : type },
    defaultConfiguration: { level: LEVEL[det?.severity[0] ?? 'medium'] },
    properties: {
      category: det?.category,
      macie: det ? det.macie && !det.extraTypes?.includes(type) : false,
      tags: ['security', 'privacy', 'pii'],
      'security-severity': SECURITY_SEVERITY[det?.severity[0] ?? 'medium'],
    },
  };
}

/**
 * The physical location (file, and region when the line is known), plus a logical location for
 * structured files: the JSON path, the cell, the page or the paragraph, inside the archive member.
 */
function sarifLocation(f: Finding): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: uri(f.file) } };
  // Offsets inside an archive member are not offsets in the file: no region for members.
  if (f.line > 0 && f.member === undefined) {
    physicalLocation.region = { startLine: f.line, startColumn: f.col, byteOffset: f.byteStart, byteLength: f.byteEnd - f.byteStart };
  }
  const loc: Record<string, unknown> = { physicalLocation };
  const inner =
    f.cell !== undefined
      ? { name: `${f.sheet !== undefined ? `${f.sheet}!` : ''}${f.cell}`, kind: 'cell' }
      : f.row !== undefined && f.column !== undefined
        ? { name: `row ${f.row}, column ${f.column}${f.columnName ? ` (${f.columnName})` : ''}`, kind: 'cell' }
        : f.jsonPath !== undefined
          ? { name: f.jsonPath, kind: 'element' }
          : f.page !== undefined
            ? { name: `page ${f.page}`, kind: 'page' }
            : f.paragraph !== undefined
              ? { name: `paragraph ${f.paragraph}`, kind: 'paragraph' }
              : undefined;
  const prefix = f.member !== undefined ? `${f.member}!` : '';
  if (inner) loc.logicalLocations = [{ name: inner.name, fullyQualifiedName: prefix + inner.name, kind: inner.kind }];
  else if (f.member !== undefined) loc.logicalLocations = [{ name: f.member, fullyQualifiedName: f.member, kind: 'member' }];
  const fields = locationFields(f);
  if (Object.keys(fields).length) loc.properties = { ...fields, ...(f.member !== undefined && f.line > 0 ? { line: f.line, col: f.col } : {}) };
  return loc;
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
  return {
    ruleId: f.type,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.type} found: ${f.text ?? f.masked}` },
    locations: [sarifLocation(f)],
    partialFingerprints: { 'piiGuard/v1': f.fingerprint },
    properties: {
      severity: f.severity,
      confidence: f.confidence,
      category: f.category,
      ...(f.customName !== undefined ? { customName: f.customName } : {}),
      ...(f.explain !== undefined ? { explain: f.explain } : {}),
    },
  };
}

function notification(r: FileResult): Record<string, unknown> {
  return {
    level: r.status.reason === 'FILE_NOT_FOUND' || r.status.reason === 'PERMISSION_DENIED' || r.status.reason === 'READ_ERROR' ? 'error' : 'note',
    message: { text: `${r.status.code} ${r.status.reason ?? ''}${r.status.message ? `: ${r.status.message}` : ''}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uri(r.file) } } }],
    properties: { status: r.status.code, reason: r.status.reason },
  };
}

/** SARIF 2.1.0 for code-scanning tools. Rule ids are the Macie types; fingerprints hold no values. */
export function sarif(scan: ScanResult, options: ReportOptions): string {
  const byType = new Map<string, Detector>();
  for (const d of options.detectors) {
    byType.set(d.type, d);
    if (d.keywords?.unkeyedType) byType.set(d.keywords.unkeyedType, d);
  }
  const detectorById = new Map(options.detectors.map((d) => [d.id, d]));
  const types = [...new Set(scan.findings.map((f) => f.type))].sort();
  const index = new Map(types.map((t, i) => [t, i]));
  const rules = types.map((t) => {
    const f = scan.findings.find((x) => x.type === t)!;
    return ruleFor(t, byType.get(t) ?? detectorById.get(f.detector));
  });
  const notComplete = scan.files.filter((r) => r.status.code !== 'COMPLETE');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pii-guard', version: VERSION, semanticVersion: VERSION, informationUri: 'https://www.npmjs.com/package/pii-guard', rules } },
        columnKind: 'unicodeCodePoints',
        results: scan.findings.map((f) => result(f, index.get(f.type)!)),
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notComplete.map(notification) }],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
