import cluster, { type Worker } from 'node:cluster';

/** What a serving worker tells the primary process once its port is open. */
interface Started {
  dossierServing: string;
}

/** True in a process that `serveOnWorkers` started. */
export const isServeWorker = (): boolean => cluster.isWorker;

/** Called by a worker once it listens: hands its address to the primary, which prints it once. */
export function reportListening(url: string): void {
  process.send?.({ dossierServing: url } satisfies Started);
}

/** Called by a worker once its server is closed: drops its channel to the primary, so that it can exit. */
export function leaveWorkers(): void {
  if (cluster.isWorker) cluster.worker?.disconnect();
}

/**
 * Serves on `count` worker processes that share one port (node:cluster hands each new connection
 * to the next worker), each with its own read connection to the corpus, so that concurrent
 * clients are not queued behind one thread. Each worker re-runs the same command line. Resolves
 * with the address once every worker listens, and `stopped`, which settles when the workers have
 * exited: after `stop()` (SIGTERM to each; each closes its server and its store), or when one
 * exits on its own (the others are then stopped too, and `stopped` is false).
 */
export async function serveOnWorkers(
  count: number,
): Promise<{ url: string; stop: () => void; stopped: Promise<boolean> }> {
  const workers: Worker[] = [];
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const w of workers) if (!w.isDead()) w.process.kill('SIGTERM');
  };
  const exits = Promise.all(
    Array.from({ length: count }, () => {
      const worker = cluster.fork();
      workers.push(worker);
      return new Promise<number | null>((done) =>
        worker.once('exit', (code) => {
          if (!stopping) stop(); // one gone: stop the rest rather than serve short-handed
          done(code);
        }),
      );
    }),
  );
  const urls = workers.map(
    (worker) =>
      new Promise<string>((done, fail) => {
        worker.on('message', (message: Partial<Started>) => {
          if (typeof message?.dossierServing === 'string') done(message.dossierServing);
        });
        worker.once('exit', () => fail(new Error('a serving worker exited before it listened')));
      }),
  );
  let url: string;
  try {
    [url] = await Promise.all(urls);
  } catch (error) {
    stop();
    await exits;
    throw error;
  }
  const stopped = exits.then((codes) => codes.every((code) => code === 0));
  return { url, stop, stopped };
}
