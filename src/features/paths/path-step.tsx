import { useEffect, useRef } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { nearest } from '../../model/suggest';
import type { GuidedPath } from '../../model/types';
import { useAtlas, useFullAtlas } from '../../state/atlas-context';
import { usePathProgress } from '../../state/progress';
import { fixLinks } from '../../state/repository';
import { links } from '../../state/routes';
import { pressed } from '../../state/shortcuts';
import { FixLinks } from '../../ui/fix-links';
import { focusWhenShown } from '../../ui/focus';
import { RecordedFailures, Sequence } from './sequence';

/** Parses a 1-based step from the URL; null when it is not a whole number in range. */
export function stepIndexFrom(raw: string | undefined, steps: number): number | null {
  if (!raw || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= steps ? n - 1 : null;
}

/** The text of one step, its place in the path, and the way on: buttons, ← and →, Escape to leave. */
export function PathStepPanel({ path, stepIndex }: { path: GuidedPath; stepIndex: number }) {
  const { DocView } = useAtlas();
  const { index } = useFullAtlas();
  const { progress, visit } = usePathProgress();
  const visited = new Set(progress[path.id]?.visited ?? []);
  const [, navigate] = useLocation();
  const search = useSearch();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = path.steps[stepIndex];
  const stepDoc = index.atlas.docs.find((d) => d.id === step?.doc);
  const total = path.steps.length;
  const href = (i: number) => links.pathStep(path.id, i + 1);

  useEffect(() => {
    visit(path.id, stepIndex);
    return focusWhenShown(headingRef.current);
  }, [path.id, stepIndex, visit]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (pressed(event, 'step-next') && stepIndex < total - 1) navigate(href(stepIndex + 1));
      else if (pressed(event, 'step-back') && stepIndex > 0) navigate(href(stepIndex - 1));
      // Escape first closes a node's panel (it owns ?node=); with none open it leaves the path.
      else if (pressed(event, 'step-leave') && !new URLSearchParams(search).has('node'))
        navigate(links.paths());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // href is derived from path.id, which is listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [navigate, path.id, stepIndex, total, search]);

  if (!step) return null;
  const nextPaths = path.next.flatMap((id) => index.atlas.paths.find((p) => p.id === id) ?? []);
  return (
    <div className="path-step">
      <p className="path-crumb">
        <Link href={links.paths()}>Guided paths</Link> › {path.title}
      </p>
      <p className="path-counter" aria-hidden="true">
        Step {stepIndex + 1} of {total}
      </p>
      <h2 ref={headingRef} tabIndex={-1} className="path-step-title">
        <span className="visually-hidden">
          Step {stepIndex + 1} of {total}:{' '}
        </span>
        {step.title}
      </h2>
      <ol className="path-dots" aria-label="Steps">
        {path.steps.map((s, i) => (
          <li key={s.doc}>
            <Link
              href={href(i)}
              aria-current={i === stepIndex ? 'step' : undefined}
              className={visited.has(i) ? 'is-visited' : undefined}
              title={visited.has(i) && i !== stepIndex ? `${s.title} (visited)` : s.title}
            >
              <span className="visually-hidden">
                Step {i + 1}: {s.title}
                {visited.has(i) && i !== stepIndex ? ' (visited)' : ''}
              </span>
            </Link>
          </li>
        ))}
      </ol>
      <div aria-live="polite" className="visually-hidden">
        Step {stepIndex + 1} of {total}: {step.title}
      </div>
      <DocView docId={step.doc} />
      {step.exchanges && index.atlas.traces?.login ? (
        <Sequence trace={index.atlas.traces.login} lit={step.exchanges} title={step.title} />
      ) : null}
      {step.failures && index.atlas.traces?.failures ? (
        <RecordedFailures
          failures={index.atlas.traces.failures.failures.filter((f) =>
            step.failures?.includes(f.id),
          )}
          meta={index.atlas.traces.failures}
        />
      ) : null}
      {stepDoc ? (
        <FixLinks
          what="this step"
          file={stepDoc.file}
          links={fixLinks({
            title: `step ${stepIndex + 1} of “${path.title}”`,
            file: stepDoc.file,
            sources: stepDoc.sources,
          })}
        />
      ) : null}
      <nav className="path-nav" aria-label="Step navigation">
        {stepIndex > 0 ? (
          <Link className="button" href={href(stepIndex - 1)}>
            ← Previous
          </Link>
        ) : (
          <span />
        )}
        {stepIndex < total - 1 ? (
          <Link className="button primary" href={href(stepIndex + 1)}>
            Next →
          </Link>
        ) : (
          <Link className="button" href={links.paths()}>
            Back to all paths
          </Link>
        )}
      </nav>
      {stepIndex === total - 1 && nextPaths.length > 0 ? (
        <section aria-labelledby="next-paths" className="next-paths">
          <h3 id="next-paths">Where to go next</h3>
          <ul>
            {nextPaths.map((p) => (
              <li key={p.id}>
                <Link href={links.pathStep(p.id, 1)}>{p.title}</Link>{' '}
                <span className="muted">— {p.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** Shown for a path id or step number that does not exist, with the nearest paths as links. */
export function PathNotFound({ pathId, step }: { pathId: string; step?: string }) {
  const { index } = useFullAtlas();
  const path = index.atlas.paths.find((p) => p.id === pathId);
  if (path)
    return (
      <main className="page" id="main">
        <h1>
          No step “{step}” in {path.title}
        </h1>
        <p role="alert">
          This path has steps 1 to {path.steps.length}.{' '}
          <Link href={links.pathStep(path.id, 1)}>Start at step 1</Link> or{' '}
          <Link href={links.pathStep(path.id, path.steps.length)}>go to the last step</Link>.
        </p>
      </main>
    );
  const matches = nearest(
    pathId,
    index.atlas.paths.map((p) => p.id),
    3,
  );
  return (
    <main className="page" id="main">
      <h1>No guided path called “{pathId}”</h1>
      <div role="alert">
        {matches.length > 0 ? (
          <>
            <p>Did you mean:</p>
            <ul>
              {matches.map((id) => (
                <li key={id}>
                  <Link href={links.pathStep(id, 1)}>
                    {index.atlas.paths.find((p) => p.id === id)?.title}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <Link href={links.paths()}>See all guided paths</Link>
        </p>
      </div>
    </main>
  );
}
