import { builtinDetectors } from '../detectors/index.js';
import type { Config } from './config.js';
import { createEngine, type Engine } from './engine.js';
import { ConfigError } from './errors.js';
import type { Detector } from './types.js';

/** The part of the config that decides detection; plain data, so it can be sent to worker threads. */
export interface DetectionSettings {
  only?: string[];
  disable: string[];
  minConfidence: Config['minConfidence'];
  allowValues: string[];
  allowRegexes: string[];
}

export function detectionSettings(config: Config): DetectionSettings {
  const s: DetectionSettings = {
    disable: config.detectors.disable,
    minConfidence: config.minConfidence,
    allowValues: config.allow.values,
    allowRegexes: config.allow.regexes,
  };
  if (config.detectors.only) s.only = config.detectors.only;
  return s;
}

const names = (d: Detector): string[] => [d.id, d.type, ...(d.keywords?.unkeyedType ? [d.keywords.unkeyedType] : [])];

/** The built-in detectors the settings select; unknown names are a config error. */
export function selectDetectors(settings: DetectionSettings, all: readonly Detector[] = builtinDetectors): Detector[] {
  const known = new Set(all.flatMap(names));
  for (const [key, list] of [['detectors.only', settings.only ?? []], ['detectors.disable', settings.disable]] as const) {
    const unknown = list.filter((n) => !known.has(n));
    if (unknown.length) {
      throw new ConfigError('CONFIG_INVALID', `${key}: unknown detector ${unknown.map((u) => `"${u}"`).join(', ')}. Run "pii-guard detectors" for the list.`);
    }
  }
  const only = settings.only && new Set(settings.only);
  const off = new Set(settings.disable);
  return all.filter((d) => (!only || names(d).some((n) => only.has(n))) && !names(d).some((n) => off.has(n)));
}

const engines = new Map<string, Engine>();

/** The engine for these settings; compiled once and reused. */
export function engineFor(settings: DetectionSettings): Engine {
  const key = JSON.stringify(settings);
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(selectDetectors(settings), {
      minConfidence: settings.minConfidence,
      allowValues: settings.allowValues,
      allowPatterns: settings.allowRegexes.map((r) => new RegExp(r)),
    });
    if (engines.size > 16) engines.clear();
    engines.set(key, engine);
  }
  return engine;
}

export { builtinDetectors };
