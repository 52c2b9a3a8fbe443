#!/usr/bin/env node
// `npm run bench`: throughput, peak memory, accuracy on planted values and decoys, ripgrep comparison
// and small-file wall time of pii-guard.
//
//   node bench/run.mjs [--bytes=N] [--seed=N] [--json] [--no-rg] [--runs=N] [--detectors=id,id,...]
//
// --detectors limits the scan (and ripgrep's pattern set) to those detector ids, e.g. to compare runs
// made while the registry grows.
//
// The corpus comes from ../shared/bench/perf-corpus.mjs (relative to the repository root) and is cached
// in bench/.corpus/ (gitignored) for the same size and seed. Each scan runs in its own child process so
// that peak memory (maxRSS) belongs to that run alone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATOR = resolve(ROOT, '../shared/bench/perf-corpus.mjs');
const CACHE = join(ROOT, 'bench', '.corpus');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : def;
};
const flag = (name) => args.includes(`--${name}`);

/** Planted kind → the types that count as finding it. */
const KIND_TYPES = {
  email: (t) => t === 'EMAIL_ADDRESS',
  card: (t) => t === 'CREDIT_CARD_NUMBER' || t === 'CREDIT_CARD_NUMBER_(NO_KEYWORD)',
  phone: (t) => t === 'PHONE_NUMBER' || t.endsWith('_PHONE_NUMBER'),
  ssn: (t) => t === 'USA_SOCIAL_SECURITY_NUMBER',
  iban: (t) => t.endsWith('_BANK_ACCOUNT_NUMBER') || t === 'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  aws: (t) => t === 'AWS_ACCESS_KEY_ID',
  address: (t) => t === 'ADDRESS' || t.endsWith('_ADDRESS') && t !== 'EMAIL_ADDRESS' && t !== 'IP_ADDRESS' && t !== 'MAC_ADDRESS',
};

// ------------------------------------------------------------------------------------------ child
// `node bench/run.mjs --child=<json>`: one scan, one JSON line on stdout.
if (opt('child')) {
  const job = JSON.parse(opt('child'));
  const { scan, parseConfig } = await import(pathToFileURL(join(ROOT, 'dist/src/index.js')).href);
  const config = await parseConfig({
    gitignore: false,
    minConfidence: job.minConfidence,
    maxFindingsPerType: job.values ? 1e9 : 1000,
    ...(job.only ? { detectors: { only: job.only } } : {}),
  });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // Throughput runs keep no findings, as `scan --format jsonl` does on a large tree (each file's
  // findings go to the sink, here nowhere): peak RSS is then the scanner's own, not the result's.
  const r = await scan({ paths: [job.dir], concurrency: job.threads, config, showValues: !!job.values, keepFindings: !!job.values });
  const ms = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const out = {
    ms,
    cpuMs: (c1.user + c1.system) / 1000,
    bytes: r.summary.bytes,
    files: r.summary.files,
    threads: r.summary.threads,
    byType: r.summary.byType,
    byStatus: r.summary.byStatus,
    maxRssKiB: process.resourceUsage().maxRSS,
  };
  if (job.values) out.decoys = decoyCheck(r.findings);
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}

function luhn(d) {
  let sum = 0;
  for (let i = d.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let x = d.charCodeAt(i) - 48;
    if (dbl && (x *= 2) > 9) x -= 9;
    sum += x;
  }
  return sum % 10 === 0;
}
function mod97(iban) {
  const s = iban.slice(4) + iban.slice(0, 4);
  let r = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    r = c >= 65 ? (r * 100 + c - 55) % 97 : (r * 10 + c - 48) % 97;
  }
  return r === 1;
}

/**
 * The corpus's decoys are Luhn-failing 16-digit references, 13-digit epoch-ms timestamps, SSN-shaped
 * numbers in the 9xx area and IBANs with a bad checksum. A finding with one of those shapes is a false alarm.
 */
function decoyCheck(findings) {
  const hits = { luhnFail16: 0, epochMs: 0, ssn9xx: 0, ibanBadCheck: 0 };
  const byConfidence = { low: 0, medium: 0, high: 0 };
  const examples = [];
  for (const f of findings) {
    const v = f.text ?? '';
    const digits = v.replace(/\D/g, '');
    let rule;
    if (/^1[5-7]\d{11}$/.test(digits) && /^\d+$/.test(v)) rule = 'epochMs';
    else if (KIND_TYPES.card(f.type) && !luhn(digits)) rule = 'luhnFail16';
    else if (/^\d{16}$/.test(v) && !luhn(v)) rule = 'luhnFail16';
    else if (/^9\d\d-?\d\d-?\d{4}$/.test(v)) rule = 'ssn9xx';
    else if (/^[A-Z]{2}\d\d[A-Z0-9 -]+$/.test(v) && KIND_TYPES.iban(f.type) && !mod97(v.replace(/[ -]/g, ''))) rule = 'ibanBadCheck';
    else if (/^[A-Z]{2}\d\d[A-Z0-9]{10,30}$/.test(v) && !mod97(v)) rule = 'ibanBadCheck';
    if (!rule) continue;
    hits[rule]++;
    byConfidence[f.confidence]++;
    if (examples.length < 5) examples.push({ type: f.type, value: v, confidence: f.confidence, file: f.file, line: f.line });
  }
  return { hits, byConfidence, examples };
}

// ------------------------------------------------------------------------------------------ parent
const BYTES = Number(opt('bytes', String(256 * 1024 ** 2)));
const SEED = Number(opt('seed', '20241122'));
const N = availableParallelism();
const JSON_OUT = flag('json');
const ONLY = opt('detectors', '') ? opt('detectors', '').split(',').filter(Boolean) : undefined;
const log = (s) => {
  if (!JSON_OUT) process.stderr.write(s + '\n');
};

function ensureCorpus() {
  const dir = join(CACHE, `${BYTES}-${SEED}`);
  const meta = join(dir, 'truth.json');
  if (existsSync(meta)) {
    const t = JSON.parse(readFileSync(meta, 'utf8'));
    if (t.requested === BYTES && t.seed === SEED) return { dir: join(dir, 'data'), truth: t };
  }
  if (!existsSync(GENERATOR)) throw new Error(`corpus generator not found at ${GENERATOR}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating ${fmtBytes(BYTES)} corpus (seed ${SEED}) in ${dir} ...`);
  const r = spawnSync(process.execPath, [GENERATOR, join(dir, 'data'), `--bytes=${BYTES}`, `--seed=${SEED}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`corpus generator failed: ${r.stderr}`);
  const truth = { ...JSON.parse(r.stdout), requested: BYTES, seed: SEED };
  writeFileSync(meta, JSON.stringify(truth, null, 2));
  return { dir: join(dir, 'data'), truth };
}

function child(job) {
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), `--child=${JSON.stringify(job)}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    p.on('close', (code) => (code === 0 ? res(JSON.parse(out)) : rej(new Error(`scan child failed (${code}): ${err}`))));
  });
}

function perKind(byType) {
  const out = {};
  for (const [kind, match] of Object.entries(KIND_TYPES)) {
    out[kind] = 0;
    for (const [t, n] of Object.entries(byType)) if (match(t)) out[kind] += n;
  }
  return out;
}

/** The detectors' regexes (and keyword lists) in a form ripgrep's engine accepts: no lookaround, no backreferences. */
async function ripgrepPatterns() {
  const { builtinDetectors } = await import(pathToFileURL(join(ROOT, 'dist/src/index.js')).href);
  const pats = [];
  const stripLookaround = (src) => {
    let out = '';
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '\\') {
        out += src[i] + (src[i + 1] ?? '');
        i++;
        continue;
      }
      if (src.startsWith('(?<!', i) || src.startsWith('(?<=', i) || src.startsWith('(?!', i) || src.startsWith('(?=', i)) {
        let depth = 0;
        let inClass = false;
        for (; i < src.length; i++) {
          const c = src[i];
          if (c === '\\') {
            i++;
            continue;
          }
          if (inClass) {
            if (c === ']') inClass = false;
          } else if (c === '[') inClass = true;
          else if (c === '(') depth++;
          else if (c === ')' && --depth === 0) break;
        }
        continue;
      }
      out += src[i];
    }
    return out;
  };
  // find-based detectors: the shape their find function looks for.
  const FIND_SHAPES = {
    'email-address': "[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24}",
    iban: '[A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){11,30}',
    'credit-card-number': '\\d{12,19}|\\d{4}[ -]\\d{4}[ -]\\d{4}[ -]\\d{4}(?:[ -]\\d{1,3})?|\\d{4}[ -]\\d{6}[ -]\\d{4,5}',
  };
  for (const d of builtinDetectors) {
    if (ONLY && !ONLY.includes(d.id)) continue;
    if (d.pattern) pats.push(toRust(stripLookaround(d.pattern.source).replace(/\\[1-9]/g, '[ -]?')));
    else if (FIND_SHAPES[d.id]) pats.push(FIND_SHAPES[d.id]);
    if (d.keywords?.required) {
      // keyword-first detectors search their keywords (case-insensitive) rather than the value shape everywhere
      pats.push(toRust(`(?i:${d.keywords.words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ _-]?')).join('|')})`));
    }
  }
  // Drop what ripgrep's engine still rejects (reported), rather than fail the whole comparison.
  const ok = [];
  for (const pat of pats) {
    const r = spawnSync('rg', ['--no-unicode', '-c', '-e', pat, '/dev/null'], { encoding: 'utf8' });
    if (r.status === 0 || r.status === 1) ok.push(pat);
    else rejected.push(pat.slice(0, 60));
  }
  return ok;
}
const rejected = [];

/**
 * JS regex source → Rust regex syntax in byte (--no-unicode) mode: named groups as (?P<name>),
 * escapes Rust does not accept dropped (`\/`, `\'`), non-ASCII characters as their UTF-8 bytes.
 */
function toRust(src) {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      i++;
      if (/[A-Za-z0-9\\.+*?()|[\]{}^$#&~-]/.test(n)) out += '\\' + n;
      else out += bytesOf(n);
      continue;
    }
    if (src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') {
      out += '(?P<';
      i += 2;
      continue;
    }
    out += bytesOf(c);
  }
  return out;
}
function bytesOf(ch) {
  if (ch.charCodeAt(0) < 128) return ch;
  return [...Buffer.from(ch, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
}


function timeRipgrep(dir, pats, threads) {
  const argv = ['--no-unicode', '--no-ignore', '--hidden', '-c', `-j${threads}`, ...pats.flatMap((p) => ['-e', p]), dir];
  const t0 = performance.now();
  const r = spawnSync('rg', argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed (${r.status}): ${r.stderr}`);
  const lines = r.stdout.split('\n').filter(Boolean).reduce((a, l) => a + Number(l.slice(l.lastIndexOf(':') + 1)), 0);
  return { ms, matchingLines: lines };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function smallFiles(runs) {
  const dir = mkdtempSync(join(tmpdir(), 'pii-guard-bench-small-'));
  try {
    for (let i = 0; i < 10; i++) {
      const lines = [];
      for (let j = 0; j < 40; j++) {
        lines.push(
          j % 13 === 5
            ? `2024-03-01T10:${String(j).padStart(2, '0')}:00Z INFO user jane.doe${i}@example.com paid with card 4539 1488 0343 6467`
            : `2024-03-01T10:${String(j).padStart(2, '0')}:00Z INFO GET /api/v1/orders/${1000 + i * 40 + j} completed in ${j * 7}ms`,
        );
      }
      writeFileSync(join(dir, `file-${i}.log`), lines.join('\n') + '\n');
    }
    const wall = (argv) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8' });
      const ms = performance.now() - t0;
      return { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const cli = join(ROOT, 'bin/pii-guard.js');
    const first = wall([cli, 'scan', dir, '--format', 'json']);
    if (first.status !== 1) throw new Error(`CLI scan of small files: exit ${first.status} (expected 1: findings): ${first.stderr}`);
    const findings = JSON.parse(first.stdout).findings?.length ?? null;
    const scans = [];
    const empties = [];
    for (let i = 0; i < runs; i++) {
      scans.push(wall([cli, 'scan', dir, '--format', 'json']).ms);
      empties.push(wall(['-e', '0']).ms);
    }
    return { files: 10, bytes: 10 * readFileSync(join(dir, 'file-0.log')).length, findings, medianMs: median(scans), nodeBaselineMs: median(empties) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * How much CPU-bound JavaScript this machine runs on 1 and on N cores: the same short kernel (regex
 * scanning and arithmetic, as a scan does) in a fresh process on each CPU alone, then on all CPUs at
 * once. The N-thread ceiling is the work done together over the work the fastest CPU does alone: 2.0
 * on two equal idle cores, less when a core is slower or shared (on a busy host one vCPU can run at
 * half speed, and which one changes over minutes). A thread speed-up is read against this ceiling.
 * CPUs are pinned with taskset (util-linux) where it exists; otherwise only the unpinned figures.
 */
const KERNEL = `const re=/(?<![\\w.-])\\d{3}-\\d{2}-\\d{4}(?![\\w])|[A-Z]{2}\\d\\d[A-Z0-9]{10,30}/g;const t=('GET /api/v1/orders 200 123-45-6789 in 17 ms by user 42 ').repeat(2000);let n=0;const t0=performance.now();for(let i=0;i<600;i++){re.lastIndex=0;while(re.exec(t))n++;let h=0;for(let k=0;k<t.length;k++)h=(h*31+t.charCodeAt(k))|0;n+=h&1;}process.stdout.write(String(performance.now()-t0));`;
function calibrate() {
  const pin = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const argvFor = (cpu) => (pin && cpu !== undefined ? ['taskset', ['-c', String(cpu), process.execPath, '-e', KERNEL]] : [process.execPath, ['-e', KERNEL]]);
  const once = (cpu) => {
    const [cmd, a] = argvFor(cpu);
    const r = spawnSync(cmd, a, { encoding: 'utf8' });
    return Number(r.stdout);
  };
  const together = () =>
    new Promise((res) => {
      const times = new Array(N);
      let left = N;
      for (let i = 0; i < N; i++) {
        const [cmd, a] = argvFor(i);
        const p = spawn(cmd, a, { stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('close', () => {
          times[i] = Number(out);
          if (--left === 0) res(times);
        });
      }
    });
  return (async () => {
    once(); // warm the page cache for node itself
    const alone = [];
    for (let i = 0; i < N; i++) alone.push(Math.min(once(i), once(i)));
    const all = await together();
    const fastest = Math.min(...alone);
    const ceiling = all.reduce((a, t) => a + fastest / t, 0);
    return { pinned: pin, aloneMs: alone.map(Math.round), togetherMs: all.map(Math.round), ceiling: +ceiling.toFixed(2) };
  })();
}

function fmtBytes(n) {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2)} GiB` : n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
}
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);

function table(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, k) => r.map((c, i) => (i === 0 ? String(c).padEnd(w[i]) : String(c).padStart(w[i]))).join('  ') + (k === 0 ? '\n' + w.map((x) => '-'.repeat(x)).join('  ') : '')).join('\n');
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/src/index.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  const tStart = performance.now();
  const loadBefore = loadavg().map((x) => x.toFixed(1)).join(' ');
  const { dir, truth } = ensureCorpus();
  log(`corpus: ${truth.files} files, ${fmtBytes(truth.bytes)}, ${truth.piiTotal} planted values; ${N} cores`);

  // Warm the page cache so that the first run does not pay for the disk.
  spawnSync('sh', ['-c', `find "${dir}" -type f -exec cat {} + > /dev/null`]);

  const machineBefore = N > 1 ? await calibrate() : null;
  const threadCounts = N > 1 ? [1, N] : [1];
  const runs = {};
  for (const t of threadCounts) {
    log(`scanning with ${t} thread(s) ...`);
    runs[t] = await child({ dir, threads: t, minConfidence: 'medium', only: ONLY });
  }
  log('scanning at minConfidence low with values (accuracy and decoys) ...');
  const low = await child({ dir, threads: N, minConfidence: 'low', values: true, only: ONLY });

  let rg = null;
  const hasRg = !flag('no-rg') && spawnSync('rg', ['--version']).status === 0;
  if (hasRg) {
    const pats = await ripgrepPatterns();
    rg = { version: spawnSync('rg', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0], patterns: pats, runs: {} };
    for (const t of threadCounts) {
      log(`ripgrep -j${t} ...`);
      timeRipgrep(dir, pats, t); // warm-up
      rg.runs[t] = timeRipgrep(dir, pats, t);
    }
  }

  const machineAfter = N > 1 ? await calibrate() : null;
  log('CLI scan of 10 small files ...');
  const small = smallFiles(Number(opt('runs', '10')));

  const planted = truth.pii;
  const foundDefault = perKind(runs[threadCounts[threadCounts.length - 1]].byType);
  const foundLow = perKind(low.byType);
  const decoysTotal = Object.values(truth.decoys).reduce((a, b) => a + b, 0);
  const falseAlarms = Object.values(low.decoys.hits).reduce((a, b) => a + b, 0);
  const falseAlarmsDefault = falseAlarms - low.decoys.byConfidence.low;
  const result = {
    corpus: { dir, files: truth.files, bytes: truth.bytes, seed: SEED, planted, decoys: truth.decoys },
    cores: N,
    detectors: ONLY ?? 'all',
    loadAverage: loadBefore,
    node: process.version,
    throughput: Object.fromEntries(
      threadCounts.map((t) => {
        const r = runs[t];
        const o = {
          threads: r.threads,
          ms: Math.round(r.ms),
          mbps: +mbps(r.bytes, r.ms).toFixed(1),
          cpuSeconds: +(r.cpuMs / 1000).toFixed(2),
          peakRssMiB: +(r.maxRssKiB / 1024).toFixed(1),
        };
        if (rg) {
          o.ripgrepMbps = +mbps(truth.bytes, rg.runs[t].ms).toFixed(1);
          o.ratioToRipgrep = +(o.mbps / o.ripgrepMbps).toFixed(2);
        }
        return [t, o];
      }),
    ),
    speedup: N > 1 ? +(runs[1].ms / runs[N].ms).toFixed(2) : null,
    // The same CPU-bound kernel on each CPU alone and on all at once, before and after the scans.
    machine: machineBefore && { before: machineBefore, after: machineAfter },
    found: Object.fromEntries(
      Object.keys(KIND_TYPES).map((k) => [k, { planted: planted[k] ?? 0, foundDefault: foundDefault[k], foundLow: foundLow[k] }]),
    ),
    falseAlarms: {
      decoys: decoysTotal,
      atLow: falseAlarms,
      atDefault: falseAlarmsDefault,
      rateAtDefault: decoysTotal ? +(falseAlarmsDefault / decoysTotal).toFixed(5) : 0,
      byRule: low.decoys.hits,
      examples: low.decoys.examples,
    },
    smallFiles: small,
    ripgrep: rg && { version: rg.version, patterns: rg.patterns.length, matchingLines: Object.fromEntries(threadCounts.map((t) => [t, rg.runs[t].matchingLines])) },
    totalSeconds: 0,
  };
  result.totalSeconds = Math.round((performance.now() - tStart) / 1000);

  if (JSON_OUT) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  const p = (s = '') => process.stdout.write(s + '\n');
  p();
  p(`pii-guard benchmark: ${truth.files} files, ${fmtBytes(truth.bytes)} (seed ${SEED}), ${N} cores, Node ${process.version}`);
  p(`detectors: ${ONLY ? ONLY.join(', ') : 'all built-in'}; load average before the runs: ${loadBefore}`);
  p();
  const head = ['threads', 'MB/s', 'wall s', 'CPU s', 'peak RSS MiB', ...(rg ? ['ripgrep MB/s', 'ratio'] : [])];
  p(
    table([
      head,
      ...threadCounts.map((t) => {
        const o = result.throughput[t];
        // Below POOL_MIN_BYTES the scan runs in one thread whatever is asked.
        return [o.threads !== t ? `${t} (ran on ${o.threads})` : t, o.mbps, (o.ms / 1000).toFixed(2), o.cpuSeconds.toFixed(2), o.peakRssMiB, ...(rg ? [o.ripgrepMbps, o.ratioToRipgrep] : [])];
      }),
    ]),
  );
  if (result.speedup) {
    const m = result.machine;
    const ceiling = Math.min(m.before.ceiling, m.after.ceiling);
    p(`speed-up ${N} threads / 1 thread: ${result.speedup}x; this machine's ceiling for CPU-bound JavaScript on ${N} threads: ${m.before.ceiling}x before the runs, ${m.after.ceiling}x after (${Math.round((100 * result.speedup) / ceiling)}% of the lower)`);
    const cpus = (o) => o.aloneMs.map((t, i) => `${o.pinned ? `cpu${i} ` : ''}${t}`).join(', ');
    p(`  kernel ms on each CPU alone: ${cpus(m.before)} before, ${cpus(m.after)} after; all at once: ${m.before.togetherMs.join(', ')} / ${m.after.togetherMs.join(', ')}${m.before.pinned ? '' : ' (not pinned: taskset not found)'}`);
  }
  p('Findings are counted, not kept (as with `scan --format jsonl`), so peak RSS is the scanner\'s own.');
  if (rg) p(`ripgrep: ${rg.version}, ${rg.patterns.length} patterns (-e each, --no-unicode -c, lookarounds and backreferences removed, keywords as case-insensitive alternations)${rejected.length ? `; ${rejected.length} pattern(s) ripgrep rejects were left out: ${rejected.join(' | ')}` : ''}`);
  else p('ripgrep: not installed (apt-get install -y ripgrep), comparison skipped');
  p();
  p(
    table([
      ['planted kind', 'planted', 'found (default)', 'found (low)', 'low/planted'],
      ...Object.entries(result.found).map(([k, o]) => [k, o.planted, o.foundDefault, o.foundLow, o.planted ? `${((100 * o.foundLow) / o.planted).toFixed(1)}%` : '-']),
    ]),
  );
  p('Counts are occurrences by type, so text that is not planted (e.g. a phone-shaped order number) can add to them.');
  p('Default minConfidence is medium. By Macie\'s keyword rule an SSN, or a phone number without a country code,');
  p('that has no keyword within 30 characters is reported only at confidence low, so it appears with minConfidence: "low".');
  if (!Object.keys(low.byType).some((t) => KIND_TYPES.address(t))) p('address: no address detector in this run (none built in, or not selected by --detectors).');
  p();
  p(`false alarms on decoys (${decoysTotal}: ${Object.entries(truth.decoys).map(([k, v]) => `${k} ${v}`).join(', ')}):`);
  p(`  at default confidence ${falseAlarmsDefault} (${(100 * result.falseAlarms.rateAtDefault).toFixed(3)}%), at low ${falseAlarms}; by rule ${JSON.stringify(low.decoys.hits)}`);
  for (const e of low.decoys.examples) p(`  e.g. ${e.type} ${e.value} (${e.confidence}) ${e.file}:${e.line}`);
  p();
  p(`CLI scan of 10 small files (${fmtBytes(small.bytes)}, ${small.findings} findings, --format json): median ${small.medianMs.toFixed(0)} ms wall; node -e 0: ${small.nodeBaselineMs.toFixed(0)} ms`);
  p(`total ${result.totalSeconds} s`);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.stack ?? err}\n`);
  process.exit(1);
});
