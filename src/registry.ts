import { builtinDetectors } from '../detectors/index.js';
import { readWordsFile } from './allow.js';
import type { Config } from './config.js';
import { compileCustomList, type CustomDataIdentifierInput } from './custom.js';
import { createEngine, type Engine } from './engine.js';
import { ConfigError } from './errors.js';
import type { Detector } from './types.js';

/** The part of the config that decides detection; plain data, so it can be sent to worker threads. */
export interface DetectionSettings {
  only?: string[];
  disable: string[];
  minConfidence: Config['minConfidence'];
  allowValues: string[];
  /** RE2 syntax, full match: `allow.regexes` and the regex allow lists. */
  allowRegexes: string[];
  /** Absolute paths of the word allow lists; each thread reads them when it compiles the engine. */
  allowWordsFiles?: string[];
  /** Custom data identifiers as in the config (plain JSON); compiled in each thread. */
  custom?: CustomDataIdentifierInput[];
}

export function detectionSettings(config: Config): DetectionSettings {
  const s: DetectionSettings = {
    disable: config.detectors.disable,
    minConfidence: config.minConfidence,
    allowValues: config.allow.values,
    allowRegexes: config.allow.regexes,
  };
  const lists = config.allowLists ?? [];
  const listRegexes = lists.flatMap((l) => (l.criteria.regex !== undefined ? [l.criteria.regex] : []));
  if (listRegexes.length) s.allowRegexes = [...s.allowRegexes, ...listRegexes];
  const files = lists.flatMap((l) => (l.criteria.wordsFile !== undefined ? [l.criteria.wordsFile] : []));
  if (files.length) s.allowWordsFiles = files;
  if (config.customDataIdentifiers?.length) s.custom = config.customDataIdentifiers;
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

/**
 * The selected built-in detectors plus the settings' custom data identifiers. `detectors.disable`
 * may name a custom identifier (its id or type); `detectors.only` restricts the built-in detectors,
 * and the custom identifiers too when it names at least one of them.
 */
export function activeDetectors(settings: DetectionSettings, all: readonly Detector[] = builtinDetectors): Detector[] {
  if (!settings.custom?.length) return selectDetectors(settings, all);
  const reserved = new Set(all.flatMap((d) => [d.type, ...(d.keywords?.unkeyedType ? [d.keywords.unkeyedType] : []), ...(d.extraTypes ?? [])]));
  let custom: Detector[];
  try {
    custom = compileCustomList(settings.custom, reserved);
  } catch (err) {
    throw new ConfigError('CONFIG_INVALID', `customDataIdentifiers: ${(err as Error).message}`, { cause: err });
  }
  const customNames = new Set(custom.flatMap((d) => [d.id, d.type]));
  const isCustom = (n: string): boolean => customNames.has(n);
  const builtinOnly: DetectionSettings = { ...settings, disable: settings.disable.filter((n) => !isCustom(n)) };
  if (settings.only) builtinOnly.only = settings.only.filter((n) => !isCustom(n));
  const off = new Set(settings.disable.filter(isCustom));
  const only = settings.only?.some(isCustom) ? new Set(settings.only.filter(isCustom)) : undefined;
  const on = custom.filter((d) => !off.has(d.id) && !off.has(d.type) && (!only || only.has(d.id) || only.has(d.type)));
  return [...selectDetectors(builtinOnly, all), ...on];
}

const engines = new Map<string, Engine>();

/** The engine for these settings; compiled once and reused. */
export function engineFor(settings: DetectionSettings): Engine {
  const key = JSON.stringify(settings);
  let engine = engines.get(key);
  if (!engine) {
    const words = (settings.allowWordsFiles ?? []).flatMap((f) => readWordsFile(f));
    engine = createEngine(activeDetectors(settings), {
      minConfidence: settings.minConfidence,
      allowValues: words.length ? [...settings.allowValues, ...words] : settings.allowValues,
      allowPatterns: settings.allowRegexes,
    });
    if (engines.size > 16) engines.clear();
    engines.set(key, engine);
  }
  return engine;
}

export { builtinDetectors };
