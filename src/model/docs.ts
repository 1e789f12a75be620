/**
 * A compiled doc, as emitted by the pipeline: a function that receives React, ReactDOM and the
 * JSX runtime and returns the MDX module's exports. Calling it evaluates no source text.
 */
export type DocModuleFactory = (
  react: unknown,
  reactDom: unknown,
  jsxRuntime: unknown,
) => {
  default: unknown;
  frontmatter?: Record<string, unknown>;
};

export type DocModuleLoader = () => Promise<{ default: DocModuleFactory }>;
