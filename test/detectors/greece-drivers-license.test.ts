import { describe, expect, it } from 'vitest';
import grDl from '../../detectors/greece-drivers-license.js';
import usDl from '../../detectors/drivers-license.js';
import { createEngine } from '../../src/engine.js';
import { toByteString } from '../../src/bytes.js';
import { scanText } from '../../src/index.js';

const TYPE = 'GREECE_DRIVERS_LICENSE';
const engine = createEngine([grDl]);
const found = (text: string): string[] => {
  const t = toByteString(text);
  return engine.detect(t).map((m) => t.slice(m.start, m.end));
};

// No check digit or structure of the number is published (Microsoft Purview's "Greece driver's license number": nine digits without spaces and delimiters, no checksum),
// so these tests check the shape, the keyword rule and the overlap with the other licence detectors.
describe('greece-drivers-license: shape', () => {
  it('takes exactly the documented shape', () => {
    expect(found(`Άδεια οδήγησης 402918375`)).toEqual(['402918375']);
    expect(found(`Άδεια οδήγησης 4029183751`)).toEqual([]);
    expect(found(`Άδεια οδήγησης 40291837`)).toEqual([]);
    expect(found(`Άδεια οδήγησης 1402918375`)).toEqual([]);
    expect(found(`Άδεια οδήγησης 402 918 375`)).toEqual([]);
  });
  it('rejects one digit repeated and the placeholder', () => {
    expect(found(`Άδεια οδήγησης 000000000`)).toEqual([]);
    expect(found(`Άδεια οδήγησης 777777777`)).toEqual([]);
    expect(found(`Άδεια οδήγησης 123456789`)).toEqual([]);
  });
});

describe('greece-drivers-license: keywords', () => {
  it('finds the value next to the native keywords, with and without accents, in any case', () => {
    for (const k of ['Άδεια οδήγησης', 'άδεια οδήγησης:', 'Δίπλωμα οδήγησης', 'diploma odigisis', 'Adeia odigisis']) expect(found(`${k} 402918375`)).toEqual(['402918375']);
  });
  it('takes the English keyword only when the country is named near', () => {
    expect(found("driver's licence 402918375")).toEqual([]);
    expect(found(`Greek driver's licence 402918375`)).toEqual(['402918375']);
    expect(found(`driving licence (Ελλάδα): 402918375`)).toEqual(['402918375']);
  });
  it('is not found without a keyword', () => {
    expect(found('order 402918375 shipped')).toEqual([]);
    expect(found('Greek order 402918375 shipped')).toEqual([]);
  });
});

describe('greece-drivers-license: beside the US detectors', () => {
  const all = createEngine([grDl, usDl]);
  const types = (text: string): string[] => {
    const t = toByteString(text);
    return all.detect(t).map((m) => `${t.slice(m.start, m.end)} ${m.type}`);
  };
  it('the native keyword or the country named decides', () => {
    expect(types(`Άδεια οδήγησης 402918375`)).toEqual([`402918375 ${TYPE}`]);
    expect(types(`Greek driver's licence 402918375`)).toEqual([`402918375 ${TYPE}`]);
  });
  it('an English keyword alone leaves the value to the US detector', () => {
    expect(types("driver's license 402918375")).toEqual(['402918375 DRIVERS_LICENSE']);
  });
});

describe('greece-drivers-license: end to end', () => {
  it('is found next to its keyword with the right type', () => {
    const f = scanText('Οδηγός: Γιώργος Παπαδόπουλος, αριθμός άδειας οδήγησης 402918375, ισχύει έως 2031');
    expect(f.filter((x) => x.type === TYPE).map((x) => x.text)).toEqual(['402918375']);
  });
  it('is not found without a keyword', () => {
    expect(scanText('order 402918375 shipped').filter((x) => x.type === TYPE)).toEqual([]);
  });
});
