/** Worker-thread entry: compiles the engine once per settings and scans one file or byte range. */
import type { Engine } from './engine.js';
import { engineFor, type DetectionSettings } from './registry.js';
import { scanFile, scanRange, type FileScanOptions, type Sniff } from './scan-file.js';
import type { Detector } from './types.js';

export type WorkerTask =
  | { kind: 'file'; file: string; name?: string; settings: DetectionSettings; opts: FileScanOptions }
  | { kind: 'range'; file: string; start: number; end: number; settings: DetectionSettings; opts: FileScanOptions; sniffed?: Sniff };

const ids = new WeakMap<Engine, Map<string, Detector>>();

export default async function run(task: WorkerTask): Promise<unknown> {
  const e = engineFor(task.settings);
  let byId = ids.get(e);
  if (!byId) ids.set(e, (byId = new Map(e.detectors.map((d) => [d.id, d]))));
  if (task.kind === 'file') return scanFile(task.file, e, byId, task.opts, undefined, task.name);
  return scanRange(task.file, task.start, task.end, e, task.opts.maxFindingsPerType);
}
