import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';

/** Runs the CLI in-process and captures what it writes (shared by the CLI test files). */
export async function runCli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false };
  const code = await main(argv, io);
  return { code, out, err };
}
