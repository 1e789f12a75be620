import type { Atlas } from './types';

/** A guided-path step that explains a recorded failure whose words the query quotes. */
export interface FailureHit {
  pathId: string;
  pathTitle: string;
  /** 1-based, as in the step's URL. */
  step: number;
  stepTitle: string;
  failureTitle: string;
  /** The nodes the step points at: where to look. */
  focus: string[];
  score: number;
}

/** Words of a message, without what changes between hubs (names, ports, numbers, placeholders). */
export function messageWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\{[a-z]+\}/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .split(/[^a-z']+/)
      // A possessive is a name ("ana's"); times are placeholders in the recording.
      .filter((w) => w.length >= 3 && !w.includes("'") && !/^(seconds?|ms|minutes?)$/.test(w))
  );
}

/**
 * Finds the steps that explain a failure when someone pastes what they saw: the Hub's log line
 * or the page's message ("ana's server never showed up at … Giving up"). A hit needs a query of
 * four words or more, with at least four message words, most of them in one recorded failure.
 * @example createFailureSearch(atlas).search("server never showed up")[0]?.stepTitle
 */
export function createFailureSearch(atlas: Pick<Atlas, 'paths' | 'traces'>) {
  const failures = atlas.traces?.failures?.failures ?? [];
  const entries = atlas.paths.flatMap((path) =>
    path.steps.flatMap((step, i) =>
      (step.failures ?? []).flatMap((id) => {
        const failure = failures.find((f) => f.id === id);
        if (!failure) return [];
        const words = new Set(
          messageWords([failure.hubLine, ...failure.page, failure.title].join(' ')),
        );
        return [{ path, step, i, failure, words, own: step.failures?.length === 1 }];
      }),
    ),
  );
  return {
    search(query: string, limit = 3): FailureHit[] {
      // A pasted message is a sentence: a few words, not a setting or a name.
      const words = messageWords(query);
      if (query.trim().split(/\s+/).length < 4 || words.length < 4) return [];
      const hits = entries.flatMap(({ path, step, i, failure, words: known, own }) => {
        const found = words.filter((w) => known.has(w)).length;
        const share = found / words.length;
        if (found < 4 || share < 0.7) return [];
        return [
          {
            pathId: path.id,
            pathTitle: path.title,
            step: i + 1,
            stepTitle: step.title,
            failureTitle: failure.title,
            focus: step.focus,
            // A step about this one failure ranks above the overview that lists them all.
            score: share + (own ? 0.5 : 0),
          },
        ];
      });
      const best = new Map<string, FailureHit>();
      for (const h of hits.sort((a, b) => b.score - a.score)) {
        const key = `${h.pathId}/${h.step}`;
        if (!best.has(key)) best.set(key, h);
      }
      return [...best.values()].slice(0, limit);
    },
  };
}
