import { Link, useSearch } from 'wouter';
import { useFullAtlas } from '../../state/atlas-context';
import { usePathProgress } from '../../state/progress';
import { useQueryUpdate } from '../../state/url-state';
import { links } from '../../state/routes';

/** `/paths`: every guided path as a card, by persona, with its progress. */
export function PathGallery() {
  const { index } = useFullAtlas();
  const { progress, reset } = usePathProgress();
  const update = useQueryUpdate();
  const persona = new URLSearchParams(useSearch()).get('persona');
  const personas = index.atlas.personas.filter((p) =>
    index.atlas.paths.some((path) => path.persona === p.id),
  );
  const shown = personas.filter((p) => !persona || p.id === persona);
  return (
    <main className="page paths-page" id="main">
      <h1>Guided paths</h1>
      <p className="lead">
        Numbered walks through the map: each step moves the map to the parts it explains. Your
        progress stays in this browser.
      </p>
      <fieldset className="persona-filter">
        <legend>Show paths for</legend>
        <label>
          <input
            type="radio"
            name="persona"
            checked={!persona}
            onChange={() => update({ persona: null })}
          />{' '}
          everyone
        </label>
        {personas.map((p) => (
          <label key={p.id}>
            <input
              type="radio"
              name="persona"
              checked={persona === p.id}
              onChange={() => update({ persona: p.id })}
            />{' '}
            {p.label.toLowerCase()}
          </label>
        ))}
      </fieldset>
      {shown.map((p) => (
        <section key={p.id} aria-labelledby={`persona-${p.id}`}>
          <h2 id={`persona-${p.id}`}>For {p.label.toLowerCase()}</h2>
          <ul className="path-cards">
            {index.atlas.paths
              .filter((path) => path.persona === p.id)
              .map((path) => {
                const total = path.steps.length;
                // Only steps the path still has count (a path may have lost steps since).
                const done = (progress[path.id]?.visited ?? []).filter((i) => i < total).length;
                const finished = done === total;
                const last = Math.min(progress[path.id]?.last ?? 0, total - 1);
                // A finished path opens at its start again; one under way where it was left.
                const start = done > 0 && !finished ? last + 1 : 1;
                return (
                  <li key={path.id} className="path-card">
                    <h3>
                      <Link href={links.pathStep(path.id, start)}>{path.title}</Link>
                    </h3>
                    <p>{path.summary}</p>
                    <p className="muted small">
                      {path.level} · about {path.minutes} minutes · {total} steps
                    </p>
                    <div className="path-progress">
                      <progress max={total} value={done} aria-label={`Progress on ${path.title}`} />
                      <span>
                        {done === 0
                          ? 'Not started'
                          : finished
                            ? `Done: all ${total} steps visited`
                            : `${done} of ${total} steps visited`}
                      </span>
                    </div>
                    {done > 0 ? (
                      <p className="path-actions">
                        {finished ? null : (
                          <Link href={links.pathStep(path.id, last + 1)}>
                            Resume at step {last + 1}
                          </Link>
                        )}
                        <button
                          type="button"
                          className="button small"
                          onClick={() => reset(path.id)}
                        >
                          Start over<span className="visually-hidden"> {path.title}</span>
                        </button>
                      </p>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </main>
  );
}
