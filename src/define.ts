import { DetectorDefinitionError } from './errors.js';
import type { Detector, DetectorDefinition } from './types.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TYPE = /^(?:<COUNTRY>_)?[A-Z0-9_()]+$/;

/** Checks a detector's shape at import time and returns it frozen. */
export function defineDetector(def: DetectorDefinition): Detector {
  const fail = (problem: string): never => {
    throw new DetectorDefinitionError(def.id, problem);
  };
  if (!KEBAB.test(def.id)) fail('id must be kebab-case');
  if (!TYPE.test(def.type)) fail('type must be UPPER_SNAKE (a Macie ID or an extra), optionally starting with <COUNTRY>_ when classify picks the country');
  if (!def.pattern === !def.find) fail('give exactly one of `pattern` and `find`');
  if (def.pattern && !def.pattern.global) fail('pattern needs the g flag');
  if (def.pattern?.sticky) fail('pattern must not be sticky');
  if (def.examples.match.length < 2 || def.examples.noMatch.length < 2) {
    fail('needs at least two match and two noMatch examples');
  }
  if (def.keywords && def.keywords.words.length === 0) fail('keywords.words is empty');
  if (def.keywords?.unkeyedType && def.keywords.required) fail('unkeyedType only makes sense when keywords are not required');
  return Object.freeze({ ...def });
}
