// The Dossier web UI: a header with search and views chosen by the URL hash.
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { href, navigate, useRoute, type Route } from './router.js';
import { AnalyseView } from './views/analyse-view.js';
import { ArticleView } from './views/article-view.js';
import { ClaimsView } from './views/claims-view.js';
import { EntityView } from './views/entity-view.js';
import { HomeView } from './views/home-view.js';
import { MapView } from './views/map-view.js';
import { NetworkView } from './views/network-view.js';
import { SearchView } from './views/search-view.js';
import { TimelineView } from './views/timeline-view.js';
import './styles.css';

const NAV: [string, string][] = [
  ['articles', 'Articles'],
  ['timeline', 'Timeline'],
  ['network', 'Network'],
  ['map', 'Map'],
  ['claims', 'Claims'],
  ['analyse', 'Analyse'],
];

function View(props: { route: Route }) {
  const { parts, query } = props.route;
  const offset = Number(query.get('offset') ?? 0) || 0;
  switch (parts[0] ?? 'articles') {
    case 'articles':
      return <HomeView offset={offset} />;
    case 'article':
      return <ArticleView id={parts[1] ?? ''} />;
    case 'entity':
      return <EntityView id={parts[1] ?? ''} />;
    case 'search':
      return <SearchView q={query.get('q') ?? ''} offset={offset} />;
    case 'timeline':
      return <TimelineView query={query} />;
    case 'network':
      return <NetworkView focus={query.get('focus') ? Number(query.get('focus')) : null} />;
    case 'map':
      return <MapView />;
    case 'claims':
      return <ClaimsView query={query} />;
    case 'analyse':
      return <AnalyseView />;
    default:
      return <p>No such page.</p>;
  }
}

function App() {
  const route = useRoute();
  const search = useRef<HTMLInputElement>(null);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    // "/" jumps to the search box, as on most sites
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
        e.preventDefault();
        search.current?.focus();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    scrollTo(0, 0);
  }, [route.parts.join('/')]);
  const current = route.parts[0] ?? 'articles';
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href('articles')}>
          Dossier
        </a>
        <nav aria-label="Views">
          {NAV.map(([path, label]) => (
            <a key={path} href={href(path)} aria-current={current === path ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate('search', { q: search.current?.value ?? '' });
          }}
        >
          <input
            ref={search}
            type="search"
            name="q"
            placeholder="Search (press /)"
            aria-label="Search articles and entities"
            defaultValue={route.parts[0] === 'search' ? (route.query.get('q') ?? '') : ''}
          />
        </form>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
