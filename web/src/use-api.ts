// Loads an API answer for a view, re-loading when its key changes.
import { useEffect, useState } from 'preact/hooks';

/** The state of one load. */
export type Loaded<T> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; data: T };

/** Runs `load` whenever `key` changes; stale answers are dropped. */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (data) => live && setState({ status: 'ok', data }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
    // the key stands for everything load reads
  }, [key]);
  return state;
}
