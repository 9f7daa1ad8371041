// Analyse: paste an article (or choose a file) and see it analysed; nothing is stored.
import { useState } from 'preact/hooks';
import { post, type ArticleJson } from '../api.js';
import { ArticleDisplay } from './article-view.js';

/** #/analyse */
export function AnalyseView() {
  const [state, setState] = useState<
    | { status: 'idle' }
    | { status: 'busy' }
    | { status: 'error'; message: string }
    | { status: 'ok'; article: ArticleJson }
  >({ status: 'idle' });
  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const file = form.get('file');
    const hasFile = file instanceof File && file.size > 0;
    if (!hasFile) form.delete('file');
    for (const k of ['published', 'title']) if (!form.get(k)) form.delete(k);
    if (!hasFile && !String(form.get('text') ?? '').trim()) {
      setState({ status: 'error', message: 'Paste some text or choose a file.' });
      return;
    }
    setState({ status: 'busy' });
    try {
      setState({ status: 'ok', article: await post<ArticleJson>('extract', form) });
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div>
      <h1>Analyse an article</h1>
      <p class="muted">The text is analysed on the server and shown here; it is not stored in the corpus.</p>
      <form class="analyse-form" onSubmit={submit}>
        <label class="block">
          Text
          <textarea name="text" rows={8} placeholder="Paste an article…" />
        </label>
        <div class="filters">
          <label>
            title <input name="title" />
          </label>
          <label>
            published <input name="published" type="date" />
          </label>
          <label>
            or a file <input name="file" type="file" accept=".txt,.html,.htm,.json,.jsonl" />
          </label>
          <button type="submit" disabled={state.status === 'busy'}>
            {state.status === 'busy' ? 'Analysing…' : 'Analyse'}
          </button>
        </div>
      </form>
      {state.status === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ok' && <ArticleDisplay article={state.article} />}
    </div>
  );
}
