import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { z as Z } from 'zod';
import type { AllowListInput } from './allow.js';
import type { CustomDataIdentifierInput } from './custom.js';
import { ConfigError } from './errors.js';
import { DEFAULT_LIMITS } from './extractors/types.js';

/** The name looked for in the working directory when no `--config` is given. */
export const CONFIG_FILE = 'pii-guard.config.json';

/** Checks that need the RE2 engine; loaded with zod, only when a config has to be validated. */
interface Checks {
  userRegexProblem: typeof import('./custom.js').userRegexProblem;
  customListProblems: typeof import('./custom.js').customListProblems;
  allowListProblem: typeof import('./allow.js').allowListProblem;
}

/** Builds the zod schema; zod is loaded only when a config has to be validated (start-up cost). */
function buildSchema(z: typeof Z, checks: Checks) {
  const level = z.enum(['low', 'medium', 'high']);
  // User regexes run on RE2 (linear time): RE2 syntax, no backreferences or look-around.
  const regexString = z.string().superRefine((s, ctx) => {
    const p = checks.userRegexProblem(s, Infinity);
    if (p) ctx.addIssue({ code: 'custom', message: `not a valid regular expression for RE2: the pattern ${p}` });
  });
  /** Macie's CreateCustomDataIdentifier request (`tags` and `clientToken` accepted and ignored). */
  const customDataIdentifier = z
    .object({
      name: z.string().min(1).max(128),
      description: z.string().max(512).optional(),
      regex: z.string(),
      keywords: z.array(z.string().min(3).max(90)).max(50).optional(),
      ignoreWords: z.array(z.string().min(4).max(90)).max(10).optional(),
      maximumMatchDistance: z.number().int().min(1).max(300).optional(),
      severityLevels: z
        .array(z.object({ occurrencesThreshold: z.number().int().min(1), severity: z.enum(['LOW', 'MEDIUM', 'HIGH']) }).strict())
        .max(3)
        .optional(),
      tags: z.record(z.string(), z.string()).optional(),
      clientToken: z.string().optional(),
    })
    .strict();
  /** Macie's CreateAllowList request; `criteria.wordsFile` is pii-guard's local stand-in for S3. */
  const allowList = z
    .object({
      name: z.string().min(1).max(128),
      description: z.string().max(512).optional(),
      criteria: z
        .object({
          regex: z.string().min(1).max(512).optional(),
          s3WordsList: z.object({ bucketName: z.string(), objectKey: z.string() }).strict().optional(),
          wordsFile: z.string().min(1).optional(),
        })
        .strict(),
      tags: z.record(z.string(), z.string()).optional(),
      clientToken: z.string().optional(),
    })
    .strict();

  return z
    .object({
      /** Detector ids or types: `only` keeps just these, `disable` removes these. */
      detectors: z
        .object({ only: z.array(z.string()).optional(), disable: z.array(z.string()).default([]) })
        .strict()
        .default({ disable: [] }),
      /** Macie-style allow lists: exact values (case-insensitive) and full-match regexes. */
      allow: z
        .object({ values: z.array(z.string()).default([]), regexes: z.array(regexString).default([]) })
        .strict()
        .default({ values: [], regexes: [] }),
      /** Macie custom data identifiers (CreateCustomDataIdentifier request JSON); see src/custom.ts. */
      customDataIdentifiers: z
        .array(customDataIdentifier)
        .max(30)
        .default([])
        .superRefine((list, ctx) => {
          for (const p of checks.customListProblems(list as CustomDataIdentifierInput[])) {
            ctx.addIssue({ code: 'custom', path: [p.index, p.field], message: p.message });
          }
        }),
      /** Macie allow lists (CreateAllowList request JSON); see src/allow.ts. */
      allowLists: z
        .array(allowList)
        .default([])
        .superRefine((list, ctx) => {
          list.forEach((l, i) => {
            const p = checks.allowListProblem(l as AllowListInput);
            if (p) ctx.addIssue({ code: 'custom', path: [i, ...p.field.split('.')], message: p.message });
          });
        }),
      /** Globs (relative to the scanned folder) never scanned. */
      ignorePaths: z.array(z.string()).default([]),
      /** Respect .gitignore files. */
      gitignore: z.boolean().default(true),
      /** Findings below this confidence are not reported. */
      minConfidence: level.default('medium'),
      /** Exit 1 only for findings of at least this severity. */
      failOn: level.default('low'),
      /** Files larger than this are skipped (FILE_EXCEEDS_SIZE_LIMIT). Macie's text limit is 20 GB. */
      maxFileBytes: z.number().int().positive().default(20 * 1024 ** 3),
      /** Occurrences listed per type per file (all are counted). Macie keeps 1,000. */
      maxFindingsPerType: z.number().int().positive().default(1000),
      /** Limits for archives and structured files: Macie's quotas as defaults (see src/extractors/types.ts). */
      extraction: z
        .object({
          /** Archive nesting levels. Macie: 10. */
          archiveDepth: z.number().int().positive().default(10),
          /** Files extracted from one archive. Macie: 1,000,000. */
          archiveFiles: z.number().int().positive().default(1_000_000),
          /** Bytes extracted from one archive in total. Macie: 10 GB. */
          archiveTotalBytes: z.number().int().positive().default(10 * 1024 ** 3),
          /** Bytes of one extracted file. Macie: 3 GB. */
          archiveMemberBytes: z.number().int().positive().default(3 * 1024 ** 3),
          /** Uncompressed/compressed ratio treated as a zip bomb (checked past 1 MB). */
          compressionRatio: z.number().positive().default(250),
          /** JSON nesting levels. Macie: 256. */
          jsonNesting: z.number().int().positive().default(256),
          /** XLSX/DOCX size. Macie: 512 MB. */
          officeBytes: z.number().int().positive().default(512 * 1024 ** 2),
          /** PDF size (read whole). Macie: 1,024 MB. */
          pdfBytes: z.number().int().positive().default(256 * 1024 ** 2),
          /** Parquet/Avro size. Macie: 8 GB. */
          columnarBytes: z.number().int().positive().default(8 * 1024 ** 3),
        })
        .strict()
        .prefault({}),
    })
    .strict();
}

type Schema = ReturnType<typeof buildSchema>;
export type Config = Z.output<Schema>;
export type ConfigInput = Z.input<Schema>;

let schema: Schema | undefined;
async function getSchema(): Promise<Schema> {
  if (schema) return schema;
  const [{ z }, custom, allow] = await Promise.all([import('zod'), import('./custom.js'), import('./allow.js')]);
  return (schema = buildSchema(z, { userRegexProblem: custom.userRegexProblem, customListProblems: custom.customListProblems, allowListProblem: allow.allowListProblem }));
}

/** The defaults, without loading zod (a test checks they equal what the schema gives for {}). */
export function defaultConfig(): Config {
  return {
    detectors: { disable: [] },
    allow: { values: [], regexes: [] },
    customDataIdentifiers: [],
    allowLists: [],
    ignorePaths: [],
    gitignore: true,
    minConfidence: 'medium',
    failOn: 'low',
    maxFileBytes: 20 * 1024 ** 3,
    maxFindingsPerType: 1000,
    extraction: { ...DEFAULT_LIMITS },
  };
}

/**
 * Validates a config object; errors name each bad path. Relative `allowLists[].criteria.wordsFile`
 * paths are resolved against `baseDir` (the config file's folder) and the files checked now.
 */
export async function parseConfig(input: unknown, source = 'config', baseDir = process.cwd()): Promise<Config> {
  const r = (await getSchema()).safeParse(input ?? {});
  if (r.success) {
    const lists = r.data.allowLists.filter((l) => l.criteria.wordsFile !== undefined);
    if (lists.length) {
      const { readWordsFile } = await import('./allow.js');
      for (const l of lists) {
        l.criteria.wordsFile = resolve(baseDir, l.criteria.wordsFile!);
        readWordsFile(l.criteria.wordsFile, l.name);
      }
    }
    return r.data;
  }
  const lines = r.error.issues.map((i) => `  ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
  throw new ConfigError('CONFIG_INVALID', `${source} is invalid:\n${lines.join('\n')}\nFix these entries (see "Configuration" in the README).`);
}

/**
 * Loads a config: from `file` if given (it must exist), else from pii-guard.config.json in `cwd` if
 * present, else the defaults. An object is validated as it is.
 */
export async function loadConfig(file?: string | ConfigInput, cwd = process.cwd()): Promise<Config> {
  if (file && typeof file === 'object') return parseConfig(file, 'config', cwd);
  const path = file ? resolve(cwd, file) : join(cwd, CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (!file && (err as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigError('CONFIG_NOT_FOUND', `cannot read config ${path}: ${(err as Error).message}. Check the --config path.`, { cause: err });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError('CONFIG_PARSE', `${path} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return parseConfig(json, path, dirname(path));
}
