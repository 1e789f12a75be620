import { DetailPanel } from '../features/details/detail-panel';
import { AtlasMap } from '../features/map/atlas-map';
import { useStepStage } from '../features/map/use-step-stage';
import { PathNotFound, PathStepPanel, stepIndexFrom } from '../features/paths/path-step';
import { useFullAtlas } from '../state/atlas-context';
import { ErrorBoundary } from '../ui/error-boundary';
import type { GuidedPath } from '../model/types';
import { pathView } from '../model/views';

/** What a step draws on its map: the nodes it lights, then the other ends of its relations. */
function castOf(step: GuidedPath['steps'][number]): string[] {
  return [...new Set([...step.focus, ...step.edges.flatMap((e) => [e.from, e.to])])];
}

/**
 * `/paths/:id/:step`: the path's own map, lit for the step, beside the step's text.
 * Loaded with its route; it reads the full atlas, where the paths and their views are.
 */
export function PathWalkPage({ params }: { params: Record<string, string> }) {
  const { index } = useFullAtlas();
  const id = params.id ?? '';
  const stepParam = params.step ?? '1';
  const path = index.atlas.paths.find((p) => p.id === id);
  const view = pathView(index.atlas.views, id);
  const stepIndex = path ? stepIndexFrom(stepParam, path.steps.length) : null;
  const step = path && stepIndex !== null ? path.steps[stepIndex] : undefined;
  if (!path || !view || stepIndex === null || !step)
    return <PathNotFound pathId={id} step={stepParam} />;
  const spotlight = {
    nodes: step.focus,
    relations: step.edges.map((e) => `${e.from}--${e.type}-->${e.to}`),
    cast: castOf(step),
    casts: path.steps.map(castOf),
  };
  return (
    <div className="map-page path-page">
      <main className="map-area" id="main">
        <h1 className="visually-hidden">Guided path: {path.title}</h1>
        <div className="map-body">
          <ErrorBoundary what="path map">
            <AtlasMap
              fixedView={view}
              spotlight={spotlight}
              useStage={useStepStage}
              tools={false}
            />
          </ErrorBoundary>
        </div>
      </main>
      <aside className="path-panel" aria-label="Path step">
        <ErrorBoundary what="step">
          <PathStepPanel path={path} stepIndex={stepIndex} />
        </ErrorBoundary>
      </aside>
      <ErrorBoundary what="detail panel">
        <DetailPanel />
      </ErrorBoundary>
    </div>
  );
}
