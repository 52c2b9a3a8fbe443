/**
 * Blob contents from the object database through one `git cat-file --batch` process. Blobs over the
 * size limit are streamed past without being kept; only their size is reported.
 */
import { spawn } from 'node:child_process';
import { GitError } from './run.js';

export type BlobRead =
  | { kind: 'blob'; size: number; bytes: Buffer }
  | { kind: 'too-large'; size: number }
  | { kind: 'missing'; size: 0 };

/** Reads the objects `oids` (duplicates are read once). Rejects with GitError if git fails. */
export function readBlobs(oids: readonly string[], cwd: string, maxBytes: number): Promise<Map<string, BlobRead>> {
  const unique = [...new Set(oids)];
  const result = new Map<string, BlobRead>();
  if (unique.length === 0) return Promise.resolve(result);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    let failed = false;
    const fail = (e: Error): void => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(e);
    };
    // Parser state: reading a header line, or `need` bytes of a body (+1 for its LF).
    let pending: Buffer = Buffer.alloc(0);
    let index = 0; // which oid the next header belongs to
    let body: { oid: string; size: number; parts: Buffer[] | null; left: number } | null = null;
    const onData = (chunk: Buffer): void => {
      let buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      while (buf.length) {
        if (body) {
          const take = Math.min(body.left, buf.length);
          if (body.parts && take) body.parts.push(buf.subarray(0, take));
          body.left -= take;
          buf = buf.subarray(take);
          if (body.left === 0) {
            const { oid, size, parts } = body;
            result.set(oid, parts ? { kind: 'blob', size, bytes: Buffer.concat(parts, size + 1).subarray(0, size) } : { kind: 'too-large', size });
            body = null;
          }
          continue;
        }
        const nl = buf.indexOf(10);
        if (nl === -1) {
          pending = Buffer.from(buf);
          return;
        }
        const header = buf.toString('latin1', 0, nl);
        buf = buf.subarray(nl + 1);
        const oid = unique[index++];
        if (oid === undefined) return fail(new GitError(`git cat-file sent more than was asked: ${header}`));
        const parts = header.split(' ');
        if (parts[1] === 'missing') {
          result.set(oid, { kind: 'missing', size: 0 });
          continue;
        }
        const size = Number(parts[2]);
        if (parts.length !== 3 || !Number.isSafeInteger(size)) return fail(new GitError(`unexpected git cat-file header: ${header}`));
        // The body is followed by one LF, which is read as part of it.
        body = { oid, size, parts: size <= maxBytes ? [] : null, left: size + 1 };
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => fail(new GitError(`cannot run git cat-file: ${e.message}`, { cause: e })));
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) return fail(new GitError(`git cat-file --batch failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim()}`));
      if (result.size !== unique.length) return fail(new GitError(`git cat-file --batch returned ${result.size} of ${unique.length} objects`));
      resolve(result);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(unique.join('\n') + '\n');
  });
}
