import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as jsxRuntime from 'react/jsx-runtime';
import { useEffect, useState, type ComponentType } from 'react';
import { useFullAtlas } from '../state/atlas-context';
import { ErrorBoundary } from '../ui/error-boundary';
import { NodeAnchor } from '../state/node-anchor';

type MdxContent = ComponentType<{ components?: Record<string, ComponentType<never>> }>;

function DocLink(props: React.AnchorHTMLAttributes<HTMLAnchorElement>) {
  const href = props.href ?? '';
  const { children, ...rest } = props;
  if (/^https:\/\//.test(href))
    return (
      <a {...rest} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  if (/^(#|\?)/.test(href)) return <a {...rest}>{children}</a>;
  // A page of the atlas itself ("/pathways"), relative to where the atlas is hosted.
  if (/^\/(?!\/)/.test(href))
    return (
      <a {...rest} href={`${import.meta.env.BASE_URL}${href.slice(1)}`}>
        {children}
      </a>
    );
  // Anything else (http:, javascript:, data:) is shown as text, never as a link.
  return <span>{children}</span>;
}

/** The one map of components MDX docs may use. Doc headings sit under the panel's h2 and h3. */
const MDX_COMPONENTS = {
  NodeLink: NodeAnchor,
  a: DocLink,
  h1: ({ children, ...rest }: React.HTMLAttributes<HTMLHeadingElement>) => (
    <h4 {...rest}>{children}</h4>
  ),
  h2: ({ children, ...rest }: React.HTMLAttributes<HTMLHeadingElement>) => (
    <h4 {...rest}>{children}</h4>
  ),
  h3: ({ children, ...rest }: React.HTMLAttributes<HTMLHeadingElement>) => (
    <h5 {...rest}>{children}</h5>
  ),
} as unknown as Record<string, ComponentType<never>>;

/** A build-time-compiled MDX doc, loaded only when a panel shows it. */
export function DocView({ docId }: { docId: string }) {
  const { docLoaders } = useFullAtlas();
  const [state, setState] = useState<{ id: string; content?: MdxContent; error?: string }>({
    id: docId,
  });
  useEffect(() => {
    let live = true;
    const load = docLoaders[docId];
    if (!load) {
      setState({ id: docId, error: `No doc called “${docId}”.` });
      return undefined;
    }
    load()
      .then((mod) => {
        const exports = mod.default(React, ReactDOM, jsxRuntime);
        if (live) setState({ id: docId, content: exports.default as MdxContent });
      })
      .catch((error: unknown) => {
        console.error(`Could not load the doc ${docId}:`, error);
        if (live)
          setState({
            id: docId,
            error: 'The doc could not be loaded. Reload the page to try again.',
          });
      });
    return () => {
      live = false;
    };
  }, [docId, docLoaders]);
  if (state.id !== docId || (!state.content && !state.error))
    return <p className="muted">Loading the doc…</p>;
  if (state.error) return <p role="alert">{state.error}</p>;
  const Content = state.content as MdxContent;
  return (
    <ErrorBoundary what={`doc “${docId}”`}>
      <div className="doc">
        <Content components={MDX_COMPONENTS} />
      </div>
    </ErrorBoundary>
  );
}
