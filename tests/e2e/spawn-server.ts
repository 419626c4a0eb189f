// Starts the real server (`node --import tsx src/main.ts`) on a free port and reads the URL it prints.
import { type ChildProcess, spawn } from 'node:child_process';

export interface SpawnedServer {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Sends `signal` and resolves with the exit code (null when killed by a signal). */
  stop(signal: NodeJS.Signals): Promise<number | null>;
}

export function spawnServer(env: Record<string, string>, timeoutMs = 30_000): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server printed no URL within ${timeoutMs} ms:\n${out}\n${err}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before printing its URL:\n${out}\n${err}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Caseforce is running at (http:\/\/\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        child,
        stderr: () => err,
        stop(signal) {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
  });
}

/** Polls GET /api/runs/:id until `done(run)` holds. */
export async function pollRun(
  url: string,
  id: string,
  done: (run: { status: string; progress: number }) => boolean,
  timeoutMs = 60_000,
): Promise<{ status: string; progress: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = (await (await fetch(`${url}api/runs/${id}`)).json()) as { status: string; progress: number };
    if (done(run)) return run;
    if (Date.now() > deadline)
      throw new Error(`run ${id} is ${run.status} at ${run.progress} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
